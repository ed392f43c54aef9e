package org.safeguarding.portal.reporting.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One axis of a table as a tree of labels: the root is the overall total, its children the categories, and a child
 * may have children of its own (borough → locality → ward, year → quarter → month). Every node that has children is
 * published as the sum of them, which is exactly the relation an intruder can use; see {@link Table#crossTab}.
 */
public record Dimension(String label, List<Dimension> children) {

    public Dimension {
        Objects.requireNonNull(label, "label");
        children = List.copyOf(children);
    }

    /** A category with no breakdown. */
    public static Dimension leaf(String label) {
        return new Dimension(label, List.of());
    }

    /** A total over the given parts. */
    public static Dimension of(String label, Dimension... children) {
        return new Dimension(label, List.of(children));
    }

    /** A total over plain categories: {@code Dimension.flat("all sources", "police", "school")}. */
    public static Dimension flat(String label, String... leafLabels) {
        List<Dimension> leaves = new ArrayList<>();
        for (String leaf : leafLabels) {
            leaves.add(leaf(leaf));
        }
        return new Dimension(label, leaves);
    }

    public boolean isLeaf() {
        return children.isEmpty();
    }

    /** Every node, parents before their children. */
    public List<Dimension> nodes() {
        List<Dimension> all = new ArrayList<>();
        collect(this, all);
        return all;
    }

    /** The categories with no breakdown, in order. */
    public List<Dimension> leaves() {
        return nodes().stream().filter(Dimension::isLeaf).toList();
    }

    private static void collect(Dimension node, List<Dimension> into) {
        into.add(node);
        for (Dimension child : node.children) {
            collect(child, into);
        }
    }
}
