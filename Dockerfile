# Winnow: label paragraphs of web pages as content or chrome, served over HTTP.
#
#   docker build -t winnow .                      # from the package index
#   docker run --read-only --tmpfs /tmp -p 8000:8000 winnow
#
# Offline build (CI, no registry or index reachable): container/build.sh makes a
# wheelhouse in container/wheelhouse/ and a debootstrap base, then runs
#   buildah bud --format docker --build-arg BASE_IMAGE=localhost/winnow-base \
#               --build-arg PIP_OFFLINE_WHEELHOUSE=container/wheelhouse ...
#
# Both stages must use the same base: the venv's python is a symlink into it
# (/usr/local/bin/python3 on the official image, /usr/bin/python3 on Debian's).
# Python must be 3.11: the model pickle's libraries are pinned to wheels for it.
ARG BASE_IMAGE=python:3.11-slim

# ---------------------------------------------------------------- builder
FROM ${BASE_IMAGE} AS builder

# Path (inside the build context) of a directory of wheels to install from with
# --no-index; empty means "use the package index".
ARG PIP_OFFLINE_WHEELHOUSE=""

ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_NO_INPUT=1 \
    PYTHONDONTWRITEBYTECODE=1

WORKDIR /src

# The container/ directory always exists in the context (it holds the build
# scripts), so this COPY works with and without a wheelhouse in it.
COPY container/ container/
COPY pyproject.toml ./

# Runtime dependencies first (their own layer: code changes don't reinstall numpy).
# Only [project.dependencies]: the bench and test extras stay out of the image.
RUN set -eu; \
    python3 -c 'import sys; assert sys.version_info[:2] == (3, 11), "Winnow needs Python 3.11, base has " + sys.version' ; \
    python3 -m venv /opt/venv; \
    if [ -n "$PIP_OFFLINE_WHEELHOUSE" ]; then \
        test -d "/src/$PIP_OFFLINE_WHEELHOUSE" || { echo "no wheelhouse at $PIP_OFFLINE_WHEELHOUSE in the build context" >&2; exit 1; }; \
        printf '[global]\nno-index = true\nfind-links = /src/%s\n' "$PIP_OFFLINE_WHEELHOUSE" > /opt/venv/pip.conf; \
    fi; \
    /opt/venv/bin/python -c 'import tomllib; print("\n".join(tomllib.load(open("pyproject.toml", "rb"))["project"]["dependencies"]))' > requirements.txt; \
    /opt/venv/bin/python -m pip install --no-cache-dir --requirement requirements.txt

COPY service/ service/
COPY training/ training/

# The project itself (with the model as package data), then slim the venv: nothing
# at run time needs pip or setuptools, nor the test suites numpy, scipy and
# scikit-learn ship (about 65 MB).
RUN set -eu; \
    /opt/venv/bin/python -m pip install --no-cache-dir --no-deps /src; \
    /opt/venv/bin/python -m pip uninstall --yes --quiet setuptools pip; \
    rm -f /opt/venv/pip.conf; \
    site=$(/opt/venv/bin/python -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])'); \
    find "$site/numpy" "$site/scipy" "$site/sklearn" -depth -type d -name tests -exec rm -rf {} +; \
    /opt/venv/bin/winnow --help > /dev/null

# ---------------------------------------------------------------- runtime
FROM ${BASE_IMAGE} AS runtime

LABEL org.opencontainers.image.title="winnow" \
      org.opencontainers.image.description="Label every paragraph of a web page as article content or publisher chrome"

# A fixed numeric uid/gid, so `runAsNonRoot` policies can check it without a
# passwd lookup; the entries exist only so tools that ask for a name get one.
RUN echo 'winnow:x:10001:10001:winnow:/tmp:/usr/sbin/nologin' >> /etc/passwd \
 && echo 'winnow:x:10001:' >> /etc/group

# Owned by root, read-only for the service user.
COPY --from=builder /opt/venv /opt/venv

# Read-only root filesystem: the service writes only under /tmp (HOME and TMPDIR
# point there, and no .pyc files are written at run time: pip compiled them).
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    HOME=/tmp \
    TMPDIR=/tmp \
    WINNOW_HOST=0.0.0.0 \
    WINNOW_PORT=8000

USER 10001:10001

# Fail the build unless the packaged model matches its manifest's sha256 (and loads).
RUN winnow verify-model

EXPOSE 8000

# No curl in the image: probe /healthz with the venv's Python (-I: ignore PYTHON*
# variables and the working directory; an empty ProxyHandler: never via a proxy).
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python3", "-I", "-c", "import os, urllib.request as u; u.build_opener(u.ProxyHandler({})).open('http://127.0.0.1:%s/healthz' % os.environ.get('WINNOW_PORT', '8000'), timeout=4)"]

CMD ["/opt/venv/bin/winnow", "serve"]
