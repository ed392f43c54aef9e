package org.safeguarding.portal.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;

/**
 * The board's report as a PDF, rendered on the server from the same stored tables as the printable page: the tables,
 * their captions and notes, the legend, and each chart as bars made of table cells (the PDF renderer draws no SVG).
 * Like every board output it is made only from published values.
 */
@ApplicationScoped
public class ReportPdf {

    /** A chart bar: a row's label, its published value as shown, and its length in percent of the longest. */
    public record Bar(String label, String value, int percent) {
    }

    /** A table and its bars. */
    public record PdfTable(PublishedTable table, List<Bar> bars) {
    }

    private final Template template;

    ReportPdf(@Location("BoardPageResource/reportPdf.html") Template template) {
        this.template = template;
    }

    public byte[] render(ReportPeriod period, String releaseLabel, List<PdfTable> tables) {
        String xhtml = template.data("period", period).data("releaseLabel", releaseLabel).data("tables", tables)
                .render();
        try (ByteArrayOutputStream pdf = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(xhtml, null);
            builder.toStream(pdf);
            builder.run();
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bars of a table's chart column, totals left out: only values the table publishes. */
    static List<Bar> bars(PublishedTable table, String column) {
        int index = 0;
        while (!table.columns().get(index).key().equals(column)) {
            index++;
        }
        final int at = index;
        List<PublishedTable.Row> rows = table.rows().stream().filter(r -> !CatalogueTable.TOTAL.equals(r.key()))
                .toList();
        long max = rows.stream().map(r -> r.cells().get(at)).filter(v -> v instanceof Number)
                .mapToLong(v -> ((Number) v).longValue()).max().orElse(0);
        return rows.stream().map(r -> {
            Object value = r.cells().get(at);
            int percent = value instanceof Number n && max > 0 ? (int) Math.round(100.0 * n.longValue() / max) : 0;
            return new Bar(r.label(), String.valueOf(value), percent);
        }).toList();
    }
}
