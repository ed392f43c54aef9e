package org.safeguarding.portal.deploy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * The Kubernetes resources a kustomization applies: the files its {@code resources} list names, each possibly holding
 * several YAML documents. Only what is listed is read, as only what is listed is applied.
 */
final class KubernetesManifests {

    private final JsonNode kustomization;
    private final List<ObjectNode> resources;

    private KubernetesManifests(JsonNode kustomization, List<ObjectNode> resources) {
        this.kustomization = kustomization;
        this.resources = resources;
    }

    static KubernetesManifests read(Path folder) throws IOException {
        YAMLMapper yaml = new YAMLMapper();
        JsonNode kustomization = yaml.readTree(folder.resolve("kustomization.yaml").toFile());
        List<ObjectNode> resources = new ArrayList<>();
        for (JsonNode file : kustomization.path("resources")) {
            try (MappingIterator<JsonNode> documents = yaml.readerFor(JsonNode.class)
                    .readValues(folder.resolve(file.asText()).toFile())) {
                while (documents.hasNext()) {
                    JsonNode document = documents.next();
                    if (document instanceof ObjectNode) {
                        resources.add((ObjectNode) document);
                    }
                }
            }
        }
        return new KubernetesManifests(kustomization, resources);
    }

    JsonNode kustomization() {
        return kustomization;
    }

    List<ObjectNode> all(String kind) {
        List<ObjectNode> ofKind = new ArrayList<>();
        resources.stream().filter(r -> r.path("kind").asText().equals(kind)).forEach(ofKind::add);
        return ofKind;
    }

    /** The one resource of a kind; there must be exactly one. */
    ObjectNode one(String kind) {
        List<ObjectNode> ofKind = all(kind);
        if (ofKind.size() != 1) {
            throw new AssertionError("expected one " + kind + ", found " + ofKind.size());
        }
        return ofKind.get(0);
    }

    ObjectNode named(String kind, String name) {
        return all(kind).stream().filter(r -> r.path("metadata").path("name").asText().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " named " + name));
    }

    /** The kustomization's {@code images} entry that sets the given image name, if any. */
    Optional<JsonNode> imageOverride(String image) {
        for (JsonNode entry : kustomization.path("images")) {
            if (entry.path("name").asText().equals(image)) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }

    /** A container's environment entry by name, or a missing node. */
    static JsonNode env(JsonNode container, String name) {
        for (JsonNode entry : container.path("env")) {
            if (entry.path("name").asText().equals(name)) {
                return entry;
            }
        }
        return MissingNode.getInstance();
    }

    /** A port as a number, whether given as a number or by the name of one of the container's ports. */
    static int containerPort(JsonNode container, JsonNode port) {
        if (port.isInt() || port.asText().matches("\\d+")) {
            return port.asInt();
        }
        for (JsonNode declared : container.path("ports")) {
            if (declared.path("name").asText().equals(port.asText())) {
                return declared.path("containerPort").asInt();
            }
        }
        throw new AssertionError("the container has no port named " + port.asText());
    }

    static Map<String, String> labels(JsonNode labels) {
        Map<String, String> map = new LinkedHashMap<>();
        labels.properties().forEach(e -> map.put(e.getKey(), e.getValue().asText()));
        return map;
    }

    /**
     * A NetworkPolicy peer as one map, {@code namespace:} and {@code pod:} label keys, an {@code ipBlock:} range, so
     * that two peers are the same only when they admit the same pods. Label expressions are kept as they are written.
     */
    static Map<String, String> peer(JsonNode peer) {
        Map<String, String> map = new LinkedHashMap<>();
        labels(peer.path("namespaceSelector").path("matchLabels")).forEach((k, v) -> map.put("namespace:" + k, v));
        labels(peer.path("podSelector").path("matchLabels")).forEach((k, v) -> map.put("pod:" + k, v));
        for (String selector : List.of("namespaceSelector", "podSelector")) {
            JsonNode expressions = peer.path(selector).path("matchExpressions");
            if (!expressions.isMissingNode()) {
                map.put(selector + ":expressions", expressions.toString());
            }
        }
        if (peer.has("ipBlock")) {
            map.put("ipBlock:" + peer.path("ipBlock").path("cidr").asText(), peer.path("ipBlock").toString());
        }
        return map;
    }
}
