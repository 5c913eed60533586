# Speech (game/app/speech): one sentence per language rendered into a WAV file with espeak-ng and
# checked with sox for length and loudness; the speech latency benchmark and its smoke test.
add_executable(yaddas_speak_wav ${CMAKE_CURRENT_SOURCE_DIR}/app/SpeakWav.cpp)
target_link_libraries(yaddas_speak_wav PRIVATE yaddas_app)
yaddas_warnings(yaddas_speak_wav)

find_program(YADDAS_SOX sox)
if(YADDAS_SOX)
    set(yaddas_speech_en "On 10 July 1934 the NKVD of the USSR was formed.")
    set(yaddas_speech_az "Hüseyn Cavid 1937-ci ildə həbs olundu.")
    set(yaddas_speech_ru "28 апреля 1920 года в Баку пришла советская власть.")
    foreach(language en az ru)
        add_test(NAME speech_wav_${language}
                 COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/app/speech-wav-test.sh
                         $<TARGET_FILE:yaddas_speak_wav> ${language}
                         ${CMAKE_CURRENT_BINARY_DIR}/speech "${yaddas_speech_${language}}")
        set_tests_properties(speech_wav_${language} PROPERTIES TIMEOUT 60 LABELS speech)
    endforeach()
else()
    message(STATUS "sox not found: the speech WAV tests are left out (bash .ci/deps --tests)")
endif()

# Without espeak-ng's data (an empty data folder): a notice, and the program goes on; espeak-ng
# itself would end the program unless told not to.
add_test(NAME speech_no_voice_data
         COMMAND sh -c "rm -rf \"$1\" && mkdir -p \"$1\" && ESPEAK_DATA_PATH=\"$1\" \"$2\" en \"$1/out.wav\" Hello; echo \"exit $?\""
                 sh ${CMAKE_CURRENT_BINARY_DIR}/speech/no-voices $<TARGET_FILE:yaddas_speak_wav>)
set_tests_properties(speech_no_voice_data PROPERTIES TIMEOUT 60 LABELS speech
                     PASS_REGULAR_EXPRESSION "\\(espeak-ng\\) could not start.*exit 1")

# yaddas_bench_speech: the time from say() to the first sample handed to the output, for focus
# changes that interrupt each other. A benchmark program, never a test of timing: run it by hand
# (build-dir/tests/yaddas_bench_speech [RUNS]); the smoke test only checks that it measures.
if(YADDAS_BUILD_BENCHMARKS)
    add_executable(yaddas_bench_speech ${CMAKE_CURRENT_SOURCE_DIR}/bench/SpeechLatency.cpp)
    target_link_libraries(yaddas_bench_speech PRIVATE yaddas_app)
    yaddas_warnings(yaddas_bench_speech)
    add_test(NAME speech_bench_smoke COMMAND yaddas_bench_speech 3)
    set_tests_properties(speech_bench_smoke PROPERTIES TIMEOUT 120 LABELS speech
                         PASS_REGULAR_EXPRESSION "median")
endif()
