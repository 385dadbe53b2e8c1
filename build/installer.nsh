; Included by electron-builder's NSIS installer (nsis.include). Lists IIP Explorer under "Open with"
; for the release files it imports (RELEASE_FILE_TYPES in electron-builder.config.cjs; the test checks
; this list against it), without taking their default: only the extension's OpenWithProgids gets a
; value, never the extension's own default. (electron-builder's fileAssociations would set the
; default, which is right only for .iipnotes.)
; SHELL_CONTEXT is the current user's hive for a per-user install, the machine's for a per-machine one.

!define IIP_RELEASE_PROGID "IIPExplorer.Release"

!macro iipOpenWith EXT
  WriteRegNone SHELL_CONTEXT "Software\Classes\.${EXT}\OpenWithProgids" "${IIP_RELEASE_PROGID}"
  WriteRegStr SHELL_CONTEXT "Software\Classes\Applications\${APP_EXECUTABLE_FILENAME}\SupportedTypes" ".${EXT}" ""
!macroend

!macro iipNotOpenWith EXT
  DeleteRegValue SHELL_CONTEXT "Software\Classes\.${EXT}\OpenWithProgids" "${IIP_RELEASE_PROGID}"
!macroend

!macro customInstall
  WriteRegStr SHELL_CONTEXT "Software\Classes\${IIP_RELEASE_PROGID}" "" "Statistics release (IIP Explorer)"
  WriteRegStr SHELL_CONTEXT "Software\Classes\${IIP_RELEASE_PROGID}\DefaultIcon" "" "$appExe,0"
  WriteRegStr SHELL_CONTEXT "Software\Classes\${IIP_RELEASE_PROGID}\shell\open\command" "" '"$appExe" "%1"'
  WriteRegStr SHELL_CONTEXT "Software\Classes\Applications\${APP_EXECUTABLE_FILENAME}\shell\open\command" "" '"$appExe" "%1"'
  !insertmacro iipOpenWith "xlsx"
  !insertmacro iipOpenWith "xls"
  !insertmacro iipOpenWith "csv"
  !insertmacro iipOpenWith "px"
  !insertmacro iipOpenWith "json"
  !insertmacro iipOpenWith "xml"
  ; tell Explorer the associations changed (SHCNE_ASSOCCHANGED, SHCNF_FLUSH)
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0x1000, i 0, i 0)'
!macroend

!macro customUnInstall
  !insertmacro iipNotOpenWith "xlsx"
  !insertmacro iipNotOpenWith "xls"
  !insertmacro iipNotOpenWith "csv"
  !insertmacro iipNotOpenWith "px"
  !insertmacro iipNotOpenWith "json"
  !insertmacro iipNotOpenWith "xml"
  DeleteRegKey SHELL_CONTEXT "Software\Classes\${IIP_RELEASE_PROGID}"
  DeleteRegKey SHELL_CONTEXT "Software\Classes\Applications\${APP_EXECUTABLE_FILENAME}"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0x1000, i 0, i 0)'
!macroend
