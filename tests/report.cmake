# The class report read back by real readers: openpyxl reads the .xlsx, Python's csv module the
# CSV in both formats (tests/report/check-report.py). Skipped when python3-openpyxl is missing.
add_executable(yaddas_report_sample ${CMAKE_CURRENT_SOURCE_DIR}/report/ReportSample.cpp)
target_link_libraries(yaddas_report_sample PRIVATE yaddas_io)
yaddas_warnings(yaddas_report_sample)

# Debian's python3 first: python3-openpyxl is installed for it, not for another python in PATH.
find_program(YADDAS_PYTHON3 python3 HINTS /usr/bin)
add_test(NAME report.spreadsheet_readback
         COMMAND ${YADDAS_PYTHON3} ${CMAKE_CURRENT_SOURCE_DIR}/report/check-report.py
                 $<TARGET_FILE:yaddas_report_sample> ${CMAKE_CURRENT_BINARY_DIR}/report-readback)
set_tests_properties(report.spreadsheet_readback PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 120
                     LABELS "report")
