#!/usr/bin/env bash
# Run the built Winnow image and check it end to end (called by container/build.sh).
#
# Without a container engine that can run it (podman run fails on rlimits here),
# the image runs under `buildah run --isolation chroot --network host`:
#   1. the image config must name a numeric non-root USER, an exec-form CMD and a
#      HEALTHCHECK on /healthz (smoke_check.py config);
#   2. the image's own CMD runs as the image's USER with a READ-ONLY root filesystem
#      and a tmpfs on /tmp. buildah has no --read-only, so this script makes one: in
#      a private mount namespace (unshare) it bind-mounts the container's rootfs
#      onto itself read-only, then runs buildah there. Any write outside /tmp fails
#      with EROFS, so the classify request below proves the service needs none.
#      Exception: buildah 1.28 must create and delete /run/.containerenv, so /run is
#      a small tmpfs too; it is checked to be empty again after the run.
#   3. waits for GET /healthz on the host loopback, runs the image's HEALTHCHECK
#      command inside the container, checks the service process's uid on the host,
#      posts ../shared/examples/syndicated-page.txt as {"text": ...} to
#      /v1/classify and compares the labels with syndicated-page.labels.jsonl
#      (fails below WINNOW_SMOKE_MIN_RIGHT, default 61 of 63);
#   4. stops the service with SIGTERM (it must exit by itself) and removes the
#      container, also on failure or interrupt (trap).
# Not enforced here: dropped capabilities beyond what a non-root uid already
# lacks, seccomp, memory/pid limits, and a private network namespace (host
# network, so the service binds 127.0.0.1 for the test instead of the image's
# 0.0.0.0; the image default is checked in its config).
#
# Environment (all optional):
#   WINNOW_IMAGE            image to run               (localhost/winnow:test)
#   WINNOW_SMOKE_PORT       port on 127.0.0.1          (first free from 18080)
#   WINNOW_EXAMPLES_DIR     example page and labels    (<repo>/../shared/examples)
#   WINNOW_SMOKE_MIN_RIGHT  labels that must be right  (61)
#   WINNOW_SMOKE_TIMEOUT    seconds to wait for /healthz (180)
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/.." && pwd)
IMAGE=${WINNOW_IMAGE:-localhost/winnow:test}
if [[ -z ${WINNOW_EXAMPLES_DIR:-} ]]; then
    top=$(git -C "$REPO" rev-parse --show-toplevel 2> /dev/null || echo "$REPO")
    WINNOW_EXAMPLES_DIR=$top/../shared/examples
fi
EXAMPLE_TEXT=$WINNOW_EXAMPLES_DIR/syndicated-page.txt
EXAMPLE_LABELS=$WINNOW_EXAMPLES_DIR/syndicated-page.labels.jsonl
MIN_RIGHT=${WINNOW_SMOKE_MIN_RIGHT:-61}
TIMEOUT=${WINNOW_SMOKE_TIMEOUT:-180}
PY=$(command -v python3)
CHECK=("$PY" "$HERE/smoke_check.py")
BUILDAH=(buildah --storage-driver vfs)

log() { printf '[smoke] %s\n' "$*" >&2; }
die() { log "FAIL: $*"; exit 1; }

for f in "$EXAMPLE_TEXT" "$EXAMPLE_LABELS"; do
    [[ -r $f ]] || die "missing $f (set WINNOW_EXAMPLES_DIR)"
done

free_port() {
    "$PY" - "$1" << 'EOF'
import socket, sys
for port in range(int(sys.argv[1]), int(sys.argv[1]) + 100):
    with socket.socket() as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn does
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            continue
        print(port)
        break
else:
    sys.exit("no free port")
EOF
}
PORT=${WINNOW_SMOKE_PORT:-$(free_port 18080)}
BASE_URL=http://127.0.0.1:$PORT

WORK=$(mktemp -d /tmp/winnow-smoke.XXXXXX)
CTR=""
RUNNER_PID=""

# Every process started under a pid, deepest first (from /proc, no pgrep patterns).
descendants() {
    local child
    for child in $(cat /proc/"$1"/task/*/children 2> /dev/null); do
        descendants "$child"
        echo "$child"
    done
}

# The service process itself: the child of buildah's chroot exec helper.
service_pid() {
    local pid
    for pid in $(descendants "$RUNNER_PID"); do
        if [[ $(tr '\0' ' ' < /proc/"$pid"/cmdline 2> /dev/null) == buildah-chroot-exec* ]]; then
            cat /proc/"$pid"/task/*/children 2> /dev/null | awk '{print $1; exit}'
            return 0
        fi
    done
}

stop_service() {
    [[ -n $RUNNER_PID ]] || return 0
    local pid deadline
    pid=$(service_pid || true)
    if [[ -n $pid ]]; then
        log "stopping the service (pid $pid) with SIGTERM"
        kill -TERM "$pid" 2> /dev/null || true
    fi
    deadline=$((SECONDS + 20))
    while kill -0 "$RUNNER_PID" 2> /dev/null && ((SECONDS < deadline)); do sleep 0.2; done
    if kill -0 "$RUNNER_PID" 2> /dev/null; then
        log "the service did not stop within 20s: killing it"
        for pid in $(descendants "$RUNNER_PID") "$RUNNER_PID"; do kill -KILL "$pid" 2> /dev/null || true; done
    fi
    SERVICE_STATUS=0
    wait "$RUNNER_PID" 2> /dev/null || SERVICE_STATUS=$?
    RUNNER_PID=""
}

cleanup() {
    local status=$?
    trap - EXIT INT TERM
    stop_service || true
    if ((status != 0)) && [[ -s $WORK/service.log ]]; then
        log "service log (last 40 lines):"
        tail -40 "$WORK/service.log" >&2
    fi
    if [[ -n $CTR ]]; then
        "${BUILDAH[@]}" umount "$CTR" > /dev/null 2>&1 || true
        "${BUILDAH[@]}" rm "$CTR" > /dev/null 2>&1 || true
    fi
    rm -rf "$WORK"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Run a command in the container with a read-only root (see the header).
# Usage: ro_run [buildah run options...] -- command...
ro_run() {
    local opts=()
    while (($#)) && [[ $1 != -- ]]; do opts+=("$1"); shift; done
    shift
    unshare --mount --propagation private -- bash -c '
        set -eu
        root=$1 ctr=$2 nopts=$3
        shift 3
        opts=("${@:1:nopts}")
        shift "$nopts"
        mount --bind "$root" "$root"
        mount -o remount,bind,ro "$root"
        mount -t tmpfs -o mode=0755,size=1m,nosuid,nodev winnow-run "$root/run"
        status=0
        buildah --storage-driver vfs run --isolation chroot --network host \
            --mount type=tmpfs,destination=/tmp "${opts[@]}" "$ctr" -- "$@" || status=$?
        left=$(find "$root/run" -mindepth 1 -print)
        if [[ -n $left ]]; then
            echo "smoke: files written under /run: $left" >&2
            exit 97
        fi
        exit "$status"
    ' ro_run "$MOUNT" "$CTR" "${#opts[@]}" "${opts[@]}" "$@"
}

# ------------------------------------------------------------------ image config
"${BUILDAH[@]}" inspect --type image "$IMAGE" > "$WORK/image.json"
mapfile -d '' fields < <("${CHECK[@]}" config "$WORK/image.json")
CMD=() HEALTHCHECK=()
target=CMD
for field in "${fields[@]}"; do
    if [[ -z $field ]]; then target=HEALTHCHECK; continue; fi
    if [[ $target == CMD ]]; then CMD+=("$field"); else HEALTHCHECK+=("$field"); fi
done
((${#CMD[@]})) || die "could not read the image's CMD"

# ------------------------------------------------------------------ container
CTR=$("${BUILDAH[@]}" from --pull=never --name "winnow-smoke-$$" "$IMAGE")
MOUNT=$("${BUILDAH[@]}" mount "$CTR")
log "container $CTR from $IMAGE (rootfs read-only, tmpfs on /tmp)"

read -r uid gid < <(ro_run -- python3 -c 'import os; print(os.getuid(), os.getgid())')
[[ $uid =~ ^[0-9]+$ && $uid != 0 ]] || die "the container runs as uid $uid"
log "runs as uid $uid gid $gid"
probe=$(ro_run -- python3 -c '
import os, shutil
compilers = [c for c in ("gcc", "cc", "g++", "c++", "clang", "make", "ld") if shutil.which(c)]
print("compilers:", " ".join(compilers) or "none")
for path in ("/", "/opt/venv", "/var/tmp", "/tmp"):
    try:
        with open(os.path.join(path, ".winnow-write-probe"), "w"):
            pass
        print(path, "writable")
    except OSError as exc:
        print(path, "not writable:", exc.strerror)
')
log "write probe: $(paste -sd';' <<< "$probe")"
grep -q '^compilers: none$' <<< "$probe" || die "the image has compilers: $(head -1 <<< "$probe")"
grep -q '^/tmp writable' <<< "$probe" || die "/tmp is not writable"
if grep -v '^/tmp ' <<< "$probe" | grep -q ' writable$'; then die "the root filesystem is writable"; fi

# ------------------------------------------------------------------ service
log "starting ${CMD[*]} on $BASE_URL"
ro_run --env "WINNOW_PORT=$PORT" --env WINNOW_HOST=127.0.0.1 -- "${CMD[@]}" > "$WORK/service.log" 2>&1 &
RUNNER_PID=$!

"${CHECK[@]}" wait "$BASE_URL/healthz" "$TIMEOUT" "$RUNNER_PID"

pid=$(service_pid || true)
[[ -n $pid ]] || die "cannot find the service process"
host_uid=$(awk '/^Uid:/ {print $2}' /proc/"$pid"/status)
log "service process $pid ($(tr '\0' ' ' < /proc/"$pid"/cmdline | cut -c1-60)) has uid $host_uid"
[[ $host_uid == "$uid" ]] || die "the service runs as uid $host_uid, not $uid"

if ((${#HEALTHCHECK[@]})); then
    ro_run --env "WINNOW_PORT=$PORT" -- "${HEALTHCHECK[@]}" || die "the image's HEALTHCHECK command failed"
    log "the image's HEALTHCHECK command passed"
fi

"${CHECK[@]}" classify "$BASE_URL/v1/classify" "$EXAMPLE_TEXT" "$EXAMPLE_LABELS" "$MIN_RIGHT"

# ------------------------------------------------------------------ stop
stop_service
log "service exited with status $SERVICE_STATUS after SIGTERM"
((SERVICE_STATUS == 0)) || die "the service did not exit cleanly (status $SERVICE_STATUS)"
if grep -E -i 'Read-only file system|EROFS|Permission denied' "$WORK/service.log" > /dev/null; then
    grep -E -i 'Read-only file system|EROFS|Permission denied' "$WORK/service.log" | head -5 >&2
    die "the service hit a read-only or permission error"
fi
log "PASS"
