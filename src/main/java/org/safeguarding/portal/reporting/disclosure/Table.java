package org.safeguarding.portal.reporting.disclosure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Unprotected counts of distinct survivors, by cell, with every published linear relation between them. This is what
 * the period-close job aggregates and what {@link DisclosureControl#protect} turns into a {@link ProtectedTable}.
 *
 * <p>A table is deliberately not just "rows × columns": a ward table, its locality and borough totals, the same
 * survivors by month, quarter and year, and two tables sharing a margin are all one system of equations to an
 * intruder, so they are protected as one {@code Table} (see {@link #linkedWith}). Cells are named by strings; the
 * helpers {@link #crossTab} and {@link #oneWay} name them {@code table[row × column]} and {@code table[category]}.
 *
 * <p>Counts are the true, unrounded values: totals are computed from them, and every relation must hold exactly, or
 * the table is refused (a relation that does not hold means the aggregation is wrong, and protecting a wrong table
 * would be checking the wrong equations).
 */
public final class Table {

    private final Map<String, Long> counts;
    private final List<Additivity> additivities;

    private Table(Map<String, Long> counts, List<Additivity> additivities) {
        this.counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
        this.additivities = List.copyOf(additivities);
        for (Map.Entry<String, Long> cell : this.counts.entrySet()) {
            if (cell.getValue() < 0) {
                throw new IllegalArgumentException(cell.getKey() + ": a count cannot be negative");
            }
        }
        for (Additivity relation : this.additivities) {
            long sum = 0;
            for (String cell : relation.cells()) {
                if (!this.counts.containsKey(cell)) {
                    throw new IllegalArgumentException("a relation names an unknown cell: " + cell);
                }
            }
            for (String part : relation.parts()) {
                sum += this.counts.get(part);
            }
            if (sum != this.counts.get(relation.total())) {
                throw new IllegalArgumentException(relation.total() + " is " + this.counts.get(relation.total())
                        + " but its parts add up to " + sum);
            }
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The name of a cell of a two-way table made by {@link #crossTab}. */
    public static String cellId(String table, String row, String column) {
        return table + "[" + row + " × " + column + "]";
    }

    /** The name of a cell of a one-way table made by {@link #oneWay}. */
    public static String cellId(String table, String category) {
        return table + "[" + category + "]";
    }

    /**
     * A one-way table: one count per leaf category, in {@code leafCounts} order, with every total of the dimension
     * (for a flat dimension, just the overall total) computed from them.
     */
    public static Table oneWay(String name, Dimension categories, long... leafCounts) {
        List<Dimension> leaves = categories.leaves();
        requireUniqueLabels(categories);
        if (leaves.size() != leafCounts.length) {
            throw new IllegalArgumentException(name + ": " + leaves.size() + " categories but " + leafCounts.length
                    + " counts");
        }
        Builder builder = builder();
        for (int i = 0; i < leaves.size(); i++) {
            builder.cell(cellId(name, leaves.get(i).label()), leafCounts[i]);
        }
        addTotals(builder, categories, node -> cellId(name, node.label()));
        return builder.build();
    }

    /**
     * A two-way table, {@code leafCounts[row leaf][column leaf]}, with every margin of both dimensions (row totals,
     * column totals, the grand total, and any intermediate levels such as localities) computed from the leaves and
     * published as relations: for each row node and each column node with children, the cell is the sum of the cells
     * of its children, and the same down the columns.
     */
    public static Table crossTab(String name, Dimension rows, Dimension columns, long[][] leafCounts) {
        requireUniqueLabels(rows);
        requireUniqueLabels(columns);
        List<Dimension> rowLeaves = rows.leaves();
        List<Dimension> columnLeaves = columns.leaves();
        if (leafCounts.length != rowLeaves.size()) {
            throw new IllegalArgumentException(name + ": " + rowLeaves.size() + " rows but " + leafCounts.length);
        }
        Builder builder = builder();
        for (int r = 0; r < rowLeaves.size(); r++) {
            if (leafCounts[r].length != columnLeaves.size()) {
                throw new IllegalArgumentException(name + ": row " + r + " has " + leafCounts[r].length
                        + " counts, not " + columnLeaves.size());
            }
            for (int c = 0; c < columnLeaves.size(); c++) {
                builder.cell(cellId(name, rowLeaves.get(r).label(), columnLeaves.get(c).label()), leafCounts[r][c]);
            }
        }
        // Column totals within each leaf row first, then every row total down each column node.
        for (Dimension row : rowLeaves) {
            addTotals(builder, columns, column -> cellId(name, row.label(), column.label()));
        }
        for (Dimension column : columns.nodes()) {
            addTotals(builder, rows, row -> cellId(name, row.label(), column.label()));
        }
        // The row-node × column-node relations across columns for non-leaf rows: already sums by construction, and
        // published too, so they are equations an intruder has.
        for (Dimension row : rows.nodes()) {
            if (row.isLeaf()) {
                continue;
            }
            for (Dimension column : columns.nodes()) {
                if (!column.isLeaf()) {
                    builder.additivity(new Additivity(cellId(name, row.label(), column.label()),
                            column.children().stream().map(c -> cellId(name, row.label(), c.label())).toList()));
                }
            }
        }
        return builder.build();
    }

    /**
     * This table and another protected as one: cells with the same name are the same survivors (one unknown to an
     * intruder, so they must have the same count), and {@code links} adds any further published relations between
     * them, typically {@link Additivity#same} for a quantity that appears under two names.
     */
    public Table linkedWith(Table other, List<Additivity> links) {
        Map<String, Long> merged = new LinkedHashMap<>(counts);
        for (Map.Entry<String, Long> cell : other.counts.entrySet()) {
            Long mine = merged.putIfAbsent(cell.getKey(), cell.getValue());
            if (mine != null && !mine.equals(cell.getValue())) {
                throw new IllegalArgumentException(cell.getKey() + " is " + mine + " in one table and "
                        + cell.getValue() + " in the other");
            }
        }
        Set<Additivity> relations = new java.util.LinkedHashSet<>(additivities);
        relations.addAll(other.additivities);
        relations.addAll(links);
        return new Table(merged, new ArrayList<>(relations));
    }

    public Table linkedWith(Table other) {
        return linkedWith(other, List.of());
    }

    /** Cell names in a stable order (the order they were added). */
    public Set<String> cells() {
        return counts.keySet();
    }

    public long count(String cell) {
        Long count = counts.get(cell);
        if (count == null) {
            throw new IllegalArgumentException("no such cell: " + cell);
        }
        return count;
    }

    public boolean hasCell(String cell) {
        return counts.containsKey(cell);
    }

    /** Every published relation between cells. */
    public List<Additivity> additivities() {
        return additivities;
    }

    /** Whether a cell is the total of some published relation (a margin, a locality, a quarter...). */
    public boolean isTotal(String cell) {
        return additivities.stream().anyMatch(a -> a.total().equals(cell) && a.parts().size() > 1);
    }

    private static void addTotals(Builder builder, Dimension dimension,
            java.util.function.Function<Dimension, String> cellOf) {
        // Children first, so every part exists before its total is computed.
        for (Dimension child : dimension.children()) {
            addTotals(builder, child, cellOf);
        }
        if (!dimension.isLeaf()) {
            builder.total(cellOf.apply(dimension), dimension.children().stream().map(cellOf).toList());
        }
    }

    private static void requireUniqueLabels(Dimension dimension) {
        Set<String> seen = new HashSet<>();
        for (Dimension node : dimension.nodes()) {
            if (!seen.add(node.label())) {
                throw new IllegalArgumentException("a dimension repeats the label " + node.label());
            }
        }
    }

    /** Cells and relations one at a time, for tables the helpers do not shape. */
    public static final class Builder {
        private final Map<String, Long> counts = new LinkedHashMap<>();
        private final List<Additivity> additivities = new ArrayList<>();

        private Builder() {
        }

        public Builder cell(String cell, long count) {
            Objects.requireNonNull(cell, "cell");
            if (counts.putIfAbsent(cell, count) != null) {
                throw new IllegalArgumentException("cell given twice: " + cell);
            }
            return this;
        }

        /** A total cell whose count is the sum of parts already added, with the relation published. */
        public Builder total(String cell, List<String> parts) {
            long sum = 0;
            for (String part : parts) {
                Long count = counts.get(part);
                if (count == null) {
                    throw new IllegalArgumentException(cell + ": add the part " + part + " before its total");
                }
                sum += count;
            }
            cell(cell, sum);
            return additivity(new Additivity(cell, parts));
        }

        public Builder total(String cell, String... parts) {
            return total(cell, List.of(parts));
        }

        /** A relation between cells that are (or will be) added; checked against the counts on {@link #build}. */
        public Builder additivity(Additivity relation) {
            additivities.add(relation);
            return this;
        }

        public Table build() {
            return new Table(counts, additivities);
        }
    }
}
