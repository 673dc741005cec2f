"""Official documents: Decree 30 minutes (.docx) and the summary report (PDF)."""
