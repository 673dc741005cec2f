; InspectDesk installer (NSIS 3, Modern UI 2): per-user, no administrator rights.
;
;   makensis -WX -DSOURCE_DIR=dist/InspectDesk -DVERSION=0.1.0 [-DOUT_FILE=path] installer/inspectdesk.nsi
;
; SOURCE_DIR is the PyInstaller one-folder bundle (InspectDesk.exe + _internal). Installs into
; $LOCALAPPDATA\Programs\InspectDesk; registers the uninstaller and the .idb association under
; HKCU only. Installing again upgrades in place. The user's databases (Documents, shares) are
; never touched; $LOCALAPPDATA\InspectDesk (backups, templates) and the preferences are removed only
; when the user ticks that box in the uninstaller. Silent: setup.exe /S, Uninstall.exe /S.

Unicode true
Target amd64-unicode
ManifestDPIAware true
RequestExecutionLevel user
SetCompressor /SOLID lzma

!ifndef SOURCE_DIR
  !error "Pass the frozen app folder: -DSOURCE_DIR=dist/InspectDesk"
!endif
!ifndef VERSION
  !error "Pass the version: -DVERSION=0.1.0"
!endif
!define /ifndef OUT_FILE "InspectDesk-${VERSION}-setup.exe"

!define APP_NAME "InspectDesk"
!define APP_EXE "InspectDesk.exe"
!define PROG_ID "InspectDesk.Database"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\InspectDesk"
!define APP_KEY "Software\InspectDesk"

; X.Y.Z → X.Y.Z.0 for the file's version resource.
!searchparse /noerrors "${VERSION}" "" V_MAJOR "." V_MINOR "." V_PATCH
!define /ifndef V_MAJOR 0
!define /ifndef V_MINOR 0
!define /ifndef V_PATCH 0

!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "FileFunc.nsh"

Name "${APP_NAME} ${VERSION}"
OutFile "${OUT_FILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP_NAME}"
; Upgrade in place: a previous install's folder wins over the default.
InstallDirRegKey HKCU "${APP_KEY}" "InstallDir"
ShowInstDetails nevershow
ShowUninstDetails nevershow
BrandingText "${APP_NAME} ${VERSION}"  ; not "Nullsoft Install System vX" under the pages

VIProductVersion "${V_MAJOR}.${V_MINOR}.${V_PATCH}.0"
VIAddVersionKey /LANG=1033 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=1033 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "FileDescription" "${APP_NAME} Setup"
VIAddVersionKey /LANG=1033 "LegalCopyright" "InspectDesk"

!define MUI_ABORTWARNING
!ifdef ICON_FILE  ; the program's icon, rendered by installer/build.py
  !define MUI_ICON "${ICON_FILE}"
  !define MUI_UNICON "${ICON_FILE}"
!endif
!define MUI_LANGDLL_REGISTRY_ROOT HKCU
!define MUI_LANGDLL_REGISTRY_KEY "${APP_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP_EXE}"
!define MUI_COMPONENTSPAGE_NODESC

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
; The list is narrow: the names stay short and the page's text says what is kept.
!define MUI_COMPONENTSPAGE_TEXT_TOP "$(UnComponentsTop)"
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES

; The first language is the default: most users are Vietnamese.
!insertmacro MUI_LANGUAGE "Vietnamese"
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_RESERVEFILE_LANGDLL

LangString SecAppName ${LANG_VIETNAMESE} "InspectDesk (bắt buộc)"
LangString SecAppName ${LANG_ENGLISH} "InspectDesk (required)"
LangString SecDesktopName ${LANG_VIETNAMESE} "Lối tắt trên màn hình nền"
LangString SecDesktopName ${LANG_ENGLISH} "Desktop shortcut"
LangString FileTypeName ${LANG_VIETNAMESE} "Tệp dữ liệu InspectDesk"
LangString FileTypeName ${LANG_ENGLISH} "InspectDesk data file"
LangString SecKeepName ${LANG_VIETNAMESE} "Gỡ chương trình InspectDesk"
LangString SecKeepName ${LANG_ENGLISH} "Remove the InspectDesk program"
LangString SecRemoveDataName ${LANG_VIETNAMESE} "Xóa cả bản sao lưu và thiết lập"
LangString SecRemoveDataName ${LANG_ENGLISH} "Also delete backups and settings"
LangString UnComponentsTop ${LANG_VIETNAMESE} "Các tệp dữ liệu (.idb) của bạn không bao giờ bị xóa. Chỉ đánh dấu ô thứ hai nếu muốn xóa cả bản sao lưu tự động, mẫu văn bản riêng và thiết lập của InspectDesk."
LangString UnComponentsTop ${LANG_ENGLISH} "Your data files (.idb) are never deleted. Tick the second box only to delete InspectDesk's automatic backups, your own templates and its settings as well."

Section "!$(SecAppName)" SecApp
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; Upgrade in place: drop the old bundle's libraries so no stale file survives.
  RMDir /r "$INSTDIR\_internal"
  File /r "${SOURCE_DIR}\*.*"
  WriteUninstaller "$INSTDIR\Uninstall.exe"

  CreateShortCut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}"

  ; Double-clicking an .idb file opens it in InspectDesk (current user only).
  WriteRegStr HKCU "Software\Classes\.idb" "" "${PROG_ID}"
  WriteRegStr HKCU "Software\Classes\${PROG_ID}" "" "$(FileTypeName)"
  WriteRegStr HKCU "Software\Classes\${PROG_ID}\DefaultIcon" "" "$INSTDIR\${APP_EXE},0"
  WriteRegStr HKCU "Software\Classes\${PROG_ID}\shell\open\command" "" '"$INSTDIR\${APP_EXE}" "%1"'
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'

  WriteRegStr HKCU "${APP_KEY}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "InspectDesk"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${APP_EXE}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\Uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\Uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" $0
SectionEnd

Section /o "$(SecDesktopName)" SecDesktop
  CreateShortCut "$DESKTOP\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}"
SectionEnd

Function .onInit
  SetShellVarContext current
  ${IfNot} ${Silent}
    !insertmacro MUI_LANGDLL_DISPLAY
  ${EndIf}
FunctionEnd

Section "!un.$(SecKeepName)" UnSecApp
  SectionIn RO
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  Delete "$DESKTOP\${APP_NAME}.lnk"

  ; Forget the association only if it is still ours.
  ReadRegStr $0 HKCU "Software\Classes\.idb" ""
  ${If} $0 == "${PROG_ID}"
    DeleteRegKey HKCU "Software\Classes\.idb"
  ${EndIf}
  DeleteRegKey HKCU "Software\Classes\${PROG_ID}"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'

  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${APP_EXE}"
  Delete "$INSTDIR\Uninstall.exe"
  RMDir "$INSTDIR"

  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegValue HKCU "${APP_KEY}" "InstallDir"
  DeleteRegValue HKCU "${APP_KEY}" "InstallerLanguage"
  DeleteRegKey /ifempty HKCU "${APP_KEY}"
SectionEnd

; Unticked by default (and in a silent uninstall): the user's backups and preferences stay.
; Databases are never here (Documents, shares), so they are never deleted.
Section /o "un.$(SecRemoveDataName)" UnSecRemoveData
  RMDir /r "$LOCALAPPDATA\InspectDesk"
  DeleteRegKey HKCU "${APP_KEY}"  ; preferences (QSettings) live under this key
SectionEnd

Function un.onInit
  SetShellVarContext current
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd
