package org.safeguarding.portal.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.safeguarding.portal.security.ProductionSecretsGuard;
import org.safeguarding.portal.security.origin.TrustedProxies;

/**
 * Nobody can apply deploy/kubernetes on these machines, so this test holds the manifests to what docs/deployment.md
 * promises: two replicas, probes on the management port, resources, every secret from a Secret and none written here,
 * the Services, a NetworkPolicy that lets only the ingress controller reach the public port, and pods without privilege.
 * The secrets are those the production guard refuses to start without ({@link ProductionSecretsGuard#SECRETS}), so a
 * new one fails here until the Deployment supplies it. Each check is also run on a broken copy, to show it would fail.
 */
class KubernetesManifestsTest {

    /** Secrets the guard does not check, since without them the service cannot connect at all. */
    static final List<String> DATABASE_SECRETS = List.of("QUARKUS_DATASOURCE_PASSWORD", "QUARKUS_FLYWAY_PASSWORD");
    // A variable holds a secret when a word of its name says so (as in DockerComposeTest).
    static final Pattern SECRET_NAME = Pattern.compile("(?:^|_)(?:PASSWORD|SECRET|KEY|KEYSET)(?:_|$)");
    // Peers as KubernetesManifests.peer gives them: the ingress controller's pods in its namespace; any pod in monitoring.
    static final Map<String, String> INGRESS_CONTROLLER = Map.of("namespace:kubernetes.io/metadata.name",
            "ingress-nginx", "pod:app.kubernetes.io/name", "ingress-nginx");
    static final Map<String, String> MONITORING = Map.of("namespace:kubernetes.io/metadata.name", "monitoring");
    static final Set<Integer> EGRESS_PORTS = Set.of(53, 5432, 8080, 8443, 587);

    private static KubernetesManifests manifests;

    @BeforeAll
    static void readManifests() throws IOException {
        manifests = KubernetesManifests.read(Path.of("deploy/kubernetes"));
    }

    private static ObjectNode deployment() {
        return manifests.one("Deployment");
    }

    private static JsonNode container() {
        return deployment().path("spec").path("template").path("spec").path("containers").path(0);
    }

    @Test
    void theDeploymentRunsTwoReplicasOfAPinnedImage() {
        assertEquals(1, deployment().path("spec").path("template").path("spec").path("containers").size());
        assertEquals(2, deployment().path("spec").path("replicas").asInt());
        String image = container().path("image").asText();
        JsonNode pinned = manifests.imageOverride(image).orElseThrow(() -> new AssertionError("no image " + image));
        String tag = pinned.path("newTag").asText(pinned.path("digest").asText());
        assertFalse(tag.isBlank() || tag.equals("latest"), "the image is pinned to an exact tag: " + pinned);
    }

    @Test
    void livenessAndReadinessAskTheManagementPort() {
        assertEquals(List.of(), probeProblems(container()));
        ObjectNode publicProbe = (ObjectNode) container().deepCopy();
        ((ObjectNode) publicProbe.path("readinessProbe").path("httpGet")).put("port", 8080);
        assertEquals(List.of("readinessProbe asks port 8080, not 9000"), probeProblems(publicProbe));
    }

    static List<String> probeProblems(JsonNode container) {
        List<String> problems = new ArrayList<>();
        Map<String, String> paths = Map.of("livenessProbe", "/q/health/live", "readinessProbe", "/q/health/ready",
                "startupProbe", "/q/health/live");
        paths.forEach((probe, path) -> {
            JsonNode get = container.path(probe).path("httpGet");
            if (probe.equals("startupProbe") && container.path(probe).isMissingNode()) {
                return;
            }
            if (!get.path("path").asText().equals(path)) {
                problems.add(probe + " asks " + get.path("path").asText() + ", not " + path);
            }
            int port = KubernetesManifests.containerPort(container, get.path("port"));
            if (port != 9000) {
                problems.add(probe + " asks port " + port + ", not 9000");
            }
        });
        return problems;
    }

    @Test
    void theContainerHasResourceRequestsAndLimits() {
        JsonNode resources = container().path("resources");
        for (String bound : List.of("requests", "limits")) {
            for (String resource : List.of("cpu", "memory")) {
                assertFalse(resources.path(bound).path(resource).asText().isBlank(), bound + "." + resource);
            }
        }
    }

    @Test
    void everySecretTheServiceNeedsComesFromASecret() {
        assertEquals(List.of(), secretProblems(container()));
        ObjectNode missing = (ObjectNode) container().deepCopy();
        ArrayNode env = (ArrayNode) missing.path("env");
        for (int i = env.size() - 1; i >= 0; i--) {
            if (env.path(i).path("name").asText().equals("PORTAL_AUDIT_MAC_KEYSET")) {
                env.remove(i);
            }
        }
        assertEquals(List.of("PORTAL_AUDIT_MAC_KEYSET does not come from a Secret"), secretProblems(missing));
    }

    static List<String> secretProblems(JsonNode container) {
        List<String> required = new ArrayList<>(ProductionSecretsGuard.SECRETS);
        required.addAll(DATABASE_SECRETS);
        boolean secretEnvFrom = false;
        for (JsonNode from : container.path("envFrom")) {
            secretEnvFrom |= from.has("secretRef");
        }
        List<String> problems = new ArrayList<>();
        for (String name : required) {
            JsonNode ref = KubernetesManifests.env(container, name).path("valueFrom").path("secretKeyRef");
            boolean fromKey = !ref.path("name").asText().isBlank() && !ref.path("key").asText().isBlank()
                    && !ref.path("optional").asBoolean(false);
            if (!fromKey && !(secretEnvFrom && KubernetesManifests.env(container, name).isMissingNode())) {
                problems.add(name + " does not come from a Secret");
            }
        }
        return problems;
    }

    @Test
    void noSecretIsWrittenIntoTheManifests() {
        assertEquals(List.of(), literalSecrets(container(), manifests.one("ConfigMap")));
        assertEquals(List.of(), manifests.all("Secret"), "Secrets are made in the cluster, never kept here");
        assertTrue(manifests.kustomization().path("secretGenerator").isMissingNode(), "no secretGenerator literals");

        ObjectNode literal = (ObjectNode) container().deepCopy();
        ObjectNode entry = ((ArrayNode) literal.path("env")).addObject();
        entry.put("name", "PORTAL_SECURITY_CSRF_KEY").put("value", "c2VjcmV0");
        ObjectNode config = manifests.one("ConfigMap").deepCopy();
        ((ObjectNode) config.path("data")).put("PORTAL_SMTP_PASSWORD", "hunter2");
        assertEquals(List.of("env PORTAL_SECURITY_CSRF_KEY holds a literal", "ConfigMap holds PORTAL_SMTP_PASSWORD"),
                literalSecrets(literal, config));
    }

    static List<String> literalSecrets(JsonNode container, JsonNode configMap) {
        List<String> problems = new ArrayList<>();
        for (JsonNode env : container.path("env")) {
            String name = env.path("name").asText();
            if (SECRET_NAME.matcher(name).find() && env.has("value")) {
                problems.add("env " + name + " holds a literal");
            }
        }
        configMap.path("data").properties().forEach(setting -> {
            if (SECRET_NAME.matcher(setting.getKey()).find()) {
                problems.add("ConfigMap holds " + setting.getKey());
            }
        });
        return problems;
    }

    @Test
    void settingsComeFromTheConfigMapWithTrustedProxiesAsAddressRanges() {
        JsonNode data = manifests.one("ConfigMap").path("data");
        assertTrue(container().path("envFrom").findValuesAsText("name").contains(
                manifests.one("ConfigMap").path("metadata").path("name").asText()), "the Deployment reads the ConfigMap");
        List<String> settings = new ArrayList<>(List.of("QUARKUS_DATASOURCE_JDBC_URL", "PORTAL_KEYCLOAK_URL",
                "PORTAL_PUBLIC_URL", "PORTAL_TRUSTED_PROXIES", "PORTAL_SMTP_HOST", "PORTAL_AREA_FILE"));
        // What the service refuses to start without besides its secrets: the council's name and contact details.
        settings.addAll(org.safeguarding.portal.web.council.CouncilGuard.REQUIRED);
        for (String setting : settings) {
            assertFalse(data.path(setting).asText().isBlank(), setting);
        }
        String proxies = data.path("PORTAL_TRUSTED_PROXIES").asText();
        assertEquals(Optional.empty(), TrustedProxies.problemWith(proxies));
        assertFalse(proxies.trim().equals(TrustedProxies.NONE), "the portal is behind the ingress controller");
        assertTrue(data.path("PORTAL_AREA_FILE").asText().startsWith(mountPathOf("areas") + "/"),
                "the areas file is on the areas volume");
    }

    @Test
    void eachPodAppendsTheAuditCheckpointsToItsOwnFileOnAPersistentVolume() {
        List<String> names = container().path("env").findValuesAsText("name");
        assertTrue(names.indexOf("POD_NAME") >= 0 && names.indexOf("POD_NAME") < names.indexOf(
                "PORTAL_AUDIT_CHECKPOINT_FILE"), "POD_NAME is defined before the path that uses it");
        assertEquals("metadata.name", KubernetesManifests.env(container(), "POD_NAME").path("valueFrom")
                .path("fieldRef").path("fieldPath").asText());
        String file = KubernetesManifests.env(container(), "PORTAL_AUDIT_CHECKPOINT_FILE").path("value").asText();
        assertTrue(file.contains("$(POD_NAME)"), "a file per pod: " + file);
        String claim = volume("audit-checkpoints").path("persistentVolumeClaim").path("claimName").asText();
        assertTrue(file.startsWith(mountPathOf("audit-checkpoints") + "/"), file);
        JsonNode pvc = manifests.named("PersistentVolumeClaim", claim);
        assertTrue(pvc.path("spec").path("accessModes").toString().contains("\"ReadWriteMany\""),
                "both replicas, on any node, mount the checkpoint volume");
    }

    @Test
    void thePodsRunWithoutPrivilege() {
        JsonNode pod = deployment().path("spec").path("template").path("spec");
        assertTrue(pod.path("securityContext").path("runAsNonRoot").asBoolean(false), "pod runAsNonRoot");
        assertEquals("RuntimeDefault", pod.path("securityContext").path("seccompProfile").path("type").asText());
        assertFalse(pod.path("automountServiceAccountToken").asBoolean(true), "no API token in the pods");
        assertFalse(pod.path("hostNetwork").asBoolean(false) || pod.path("hostPID").asBoolean(false));
        JsonNode context = container().path("securityContext");
        assertTrue(context.path("readOnlyRootFilesystem").asBoolean(false), "readOnlyRootFilesystem");
        assertFalse(context.path("allowPrivilegeEscalation").asBoolean(true), "allowPrivilegeEscalation false");
        assertFalse(context.path("privileged").asBoolean(false), "not privileged");
        assertEquals("[\"ALL\"]", context.path("capabilities").path("drop").toString());
        assertTrue(context.path("capabilities").path("add").isMissingNode(), "no capability added");
        assertEquals("RuntimeDefault", context.path("seccompProfile").path("type").asText(
                pod.path("securityContext").path("seccompProfile").path("type").asText()));
        assertEquals("/tmp", mountPathOf("tmp"));
        assertTrue(volume("tmp").has("emptyDir"), "a writable /tmp beside the read-only root");
    }

    @Test
    void aServiceForThePublicPortAndOneForTheManagementPort() {
        List<ObjectNode> services = manifests.all("Service");
        assertEquals(2, services.size());
        Set<String> ports = new TreeSet<>();
        for (ObjectNode service : services) {
            assertEquals("ClusterIP", service.path("spec").path("type").asText("ClusterIP"), "nothing on a node port");
            assertEquals(podLabels(), KubernetesManifests.labels(service.path("spec").path("selector")));
            assertEquals(1, service.path("spec").path("ports").size(), "one port per Service: " + service);
            ports.add(service.path("spec").path("ports").path(0).path("port").asText());
        }
        assertEquals(Set.of("8080", "9000"), ports);
        JsonNode backend = manifests.one("Ingress").findPath("backend").path("service");
        assertEquals(8080, servicePort(backend.path("name").asText()), "the Ingress leads to the public port only");
    }

    @Test
    void onlyTheIngressControllerReachesThePublicPortAndOnlyMonitoringTheManagementPort() {
        ObjectNode policy = manifests.one("NetworkPolicy");
        assertEquals(List.of(), ingressProblems(policy));

        ObjectNode open = policy.deepCopy();
        ((ObjectNode) open.path("spec").path("ingress").path(0).path("from").path(0)).remove("podSelector");
        assertEquals(List.of("port 8080 is open to {namespace:kubernetes.io/metadata.name=ingress-nginx}"),
                ingressProblems(open));
        ObjectNode anyPort = policy.deepCopy();
        ((ObjectNode) anyPort.path("spec").path("ingress").path(1)).remove("ports");
        assertEquals(List.of("an ingress rule names no port"), ingressProblems(anyPort));
    }

    static List<String> ingressProblems(JsonNode policy) {
        List<String> problems = new ArrayList<>();
        if (!KubernetesManifests.labels(policy.path("spec").path("podSelector").path("matchLabels"))
                .equals(podLabels())) {
            problems.add("the policy does not select the portal's pods");
        }
        if (!policy.path("spec").path("policyTypes").toString().contains("Ingress")) {
            problems.add("ingress is not restricted");
        }
        Set<Integer> allowed = new TreeSet<>();
        for (JsonNode rule : policy.path("spec").path("ingress")) {
            if (rule.path("ports").isEmpty() || rule.path("from").isEmpty()) {
                problems.add(rule.path("ports").isEmpty() ? "an ingress rule names no port" : "a rule admits anyone");
                continue;
            }
            for (JsonNode port : rule.path("ports")) {
                int number = port.path("port").asInt();
                allowed.add(number);
                Map<String, String> only = number == 8080 ? INGRESS_CONTROLLER : number == 9000 ? MONITORING : null;
                for (JsonNode peer : rule.path("from")) {
                    Map<String, String> selector = KubernetesManifests.peer(peer);
                    if (only == null || !selector.equals(only)) {
                        problems.add("port " + number + " is open to " + new TreeMap<>(selector));
                    }
                }
            }
        }
        if (problems.isEmpty() && !allowed.equals(Set.of(8080, 9000))) {
            problems.add("ingress reaches ports " + allowed);
        }
        return problems;
    }

    @Test
    void egressOnlyToDnsPostgresKeycloakAndTheSmtpRelay() {
        JsonNode spec = manifests.one("NetworkPolicy").path("spec");
        assertTrue(spec.path("policyTypes").toString().contains("Egress"), "egress is restricted");
        Set<Integer> ports = new TreeSet<>();
        for (JsonNode rule : spec.path("egress")) {
            assertFalse(rule.path("to").isEmpty(), "every egress rule names where to: " + rule);
            assertFalse(rule.path("ports").isEmpty(), "every egress rule names its ports: " + rule);
            rule.path("ports").forEach(port -> ports.add(port.path("port").asInt()));
        }
        assertEquals(EGRESS_PORTS, ports);
    }

    @Test
    void aDisruptionLeavesOneInstanceServing() {
        JsonNode budget = manifests.one("PodDisruptionBudget").path("spec");
        assertEquals(1, budget.path("minAvailable").asInt());
        assertEquals(podLabels(), KubernetesManifests.labels(budget.path("selector").path("matchLabels")));
        assertEquals(0, deployment().path("spec").path("strategy").path("rollingUpdate").path("maxUnavailable").asInt());
    }

    private static Map<String, String> podLabels() {
        return KubernetesManifests.labels(deployment().path("spec").path("template").path("metadata").path("labels"));
    }

    private static JsonNode volume(String name) {
        for (JsonNode volume : deployment().path("spec").path("template").path("spec").path("volumes")) {
            if (volume.path("name").asText().equals(name)) {
                return volume;
            }
        }
        throw new AssertionError("no volume " + name);
    }

    private static String mountPathOf(String volume) {
        for (JsonNode mount : container().path("volumeMounts")) {
            if (mount.path("name").asText().equals(volume)) {
                return mount.path("mountPath").asText();
            }
        }
        throw new AssertionError("volume " + volume + " is not mounted");
    }

    private static int servicePort(String serviceName) {
        JsonNode port = manifests.named("Service", serviceName).path("spec").path("ports").path(0);
        return KubernetesManifests.containerPort(container(), port.path("targetPort"));
    }
}
