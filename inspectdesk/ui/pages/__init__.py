"""The screens of the navigation pane."""
