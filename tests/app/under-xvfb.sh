# Sourced by the window test and benchmark scripts: re-runs the calling script under its own
# Xvfb server, once.
# under_xvfb always|if-no-display WIDTHxHEIGHT "$0" "$@"
#   always: tests get a fresh screen of a known size even when a display is present;
#   if-no-display: benchmarks and screenshots use the display there is, if any.
# YADDAS_XVFB_ARGS: more options for the server (the start-up benchmark's -fbdir).
under_xvfb() {
    local when=$1 size=$2
    shift 2
    [[ -z "${YADDAS_UNDER_XVFB:-}" ]] || return 0
    [[ $when == always || -z "${DISPLAY:-}" ]] || return 0
    if ! command -v xvfb-run >/dev/null; then
        echo "xvfb-run is not installed: run 'bash .ci/deps --tests'" >&2
        exit 1
    fi
    exec env YADDAS_UNDER_XVFB=1 xvfb-run -a -n $((100 + RANDOM % 800)) \
        -s "-screen 0 ${size}x24 -nolisten tcp ${YADDAS_XVFB_ARGS:-}" "$@"
}
