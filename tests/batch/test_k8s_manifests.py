"""The Kubernetes manifests in deploy/k8s agree with the app (port, probes) and the image (user)."""

from __future__ import annotations

import re
from typing import Any

import pytest

from tests.builders import ROOT

yaml = pytest.importorskip("yaml")

K8S = ROOT / "deploy" / "k8s"
#: The port the app listens on when neither the API settings nor WINNOW_PORT say otherwise.
FALLBACK_PORT = 8000
FALLBACK_PROBES = {"/healthz", "/readyz"}


def app_port() -> int:
    """The API's default port (its settings, when the API package is present)."""
    try:
        from service.api.settings import Settings
    except ImportError:
        return FALLBACK_PORT
    return int(Settings.model_fields["port"].default)


def app_paths() -> set[str]:
    """Paths of the API's health routes."""
    try:
        from service.api.routes.health import router
    except ImportError:
        return FALLBACK_PROBES
    return {route.path for route in router.routes}  # type: ignore[attr-defined]


def image_uid() -> int:
    match = re.search(r"^USER (\d+)", (ROOT / "Dockerfile").read_text(encoding="utf-8"), re.MULTILINE)
    assert match, "the Dockerfile sets a numeric USER"
    return int(match.group(1))


@pytest.fixture(scope="module")
def manifests() -> dict[str, dict[str, Any]]:
    docs = [doc for path in sorted(K8S.glob("*.yaml")) for doc in yaml.safe_load_all(path.read_text(encoding="utf-8"))]
    return {doc["kind"]: doc for doc in docs if doc}


@pytest.fixture(scope="module")
def pod(manifests: dict[str, dict[str, Any]]) -> dict[str, Any]:
    return manifests["Deployment"]["spec"]["template"]


@pytest.fixture(scope="module")
def container(pod: dict[str, Any]) -> dict[str, Any]:
    (only,) = pod["spec"]["containers"]
    return only


def test_every_manifest_is_listed_in_the_kustomization(manifests: dict[str, dict[str, Any]]) -> None:
    listed = set(manifests["Kustomization"]["resources"])
    assert listed == {path.name for path in K8S.glob("*.yaml")} - {"kustomization.yaml"}


def test_the_container_serves_on_the_apps_port_on_all_interfaces(container: dict[str, Any]) -> None:
    env = {item["name"]: item["value"] for item in container["env"]}
    ports = {port["name"]: port["containerPort"] for port in container["ports"]}
    assert ports == {"http": app_port()}
    assert env["WINNOW_PORT"] == str(app_port())
    assert env["WINNOW_HOST"] == "0.0.0.0"


@pytest.mark.parametrize(("probe", "path"), [("livenessProbe", "/healthz"), ("readinessProbe", "/readyz")])
def test_probes_hit_the_apps_health_routes(container: dict[str, Any], probe: str, path: str) -> None:
    check = container[probe]["httpGet"]
    assert check["path"] == path
    assert path in app_paths()
    assert check["port"] in {port["name"] for port in container["ports"]} | {app_port()}


def test_resources_are_requested_and_limited(container: dict[str, Any]) -> None:
    for bound in ("requests", "limits"):
        assert set(container["resources"][bound]) >= {"cpu", "memory"}


def test_pods_run_as_the_images_non_root_user_on_a_read_only_root(
    pod: dict[str, Any], container: dict[str, Any]
) -> None:
    context = pod["spec"]["securityContext"]
    assert context["runAsNonRoot"] is True
    assert context["runAsUser"] == image_uid() and context["runAsUser"] > 0
    assert container["securityContext"]["readOnlyRootFilesystem"] is True
    assert container["securityContext"]["allowPrivilegeEscalation"] is False
    mounts = {mount["mountPath"]: mount["name"] for mount in container["volumeMounts"]}
    volumes = {volume["name"]: volume for volume in pod["spec"]["volumes"]}
    assert "emptyDir" in volumes[mounts["/tmp"]]


def test_the_service_and_autoscaler_point_at_the_deployment(
    manifests: dict[str, dict[str, Any]], pod: dict[str, Any], container: dict[str, Any]
) -> None:
    service, hpa, deployment = manifests["Service"], manifests["HorizontalPodAutoscaler"], manifests["Deployment"]
    assert service["spec"]["selector"].items() <= pod["metadata"]["labels"].items()
    assert deployment["spec"]["selector"]["matchLabels"].items() <= pod["metadata"]["labels"].items()
    assert {port["targetPort"] for port in service["spec"]["ports"]} <= {port["name"] for port in container["ports"]}
    target = hpa["spec"]["scaleTargetRef"]
    assert (target["kind"], target["name"]) == ("Deployment", deployment["metadata"]["name"])
    assert 1 <= hpa["spec"]["minReplicas"] <= hpa["spec"]["maxReplicas"]
