package org.safeguarding.portal.board;

import org.safeguarding.portal.reporting.PublishedTable;
import org.safeguarding.portal.reporting.ReportPeriod;

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

    /** A table and its bars. */
    public record PdfTable(PublishedTable table, List<ChartBars.Bar> bars) {
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
}
