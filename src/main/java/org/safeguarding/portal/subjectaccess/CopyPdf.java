package org.safeguarding.portal.subjectaccess;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import jakarta.enterprise.context.ApplicationScoped;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;

/**
 * The survivor's copy as a readable PDF, rendered on the server from a Qute template: tagged for assistive technology
 * (PDF/UA structure: headings, paragraphs and tables in a structure tree, the document's language and title set) and
 * with its one font embedded, Liberation Sans (SIL Open Font License), which PDFBox's own jar carries; every weight
 * and style is drawn with it, so no text falls back to a font that is not in the file.
 */
@ApplicationScoped
public class CopyPdf {

    static final String FONT_FAMILY = "Liberation Sans";
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private final Template template;

    CopyPdf(@Location("SubjectAccessPdf/copy.html") Template template) {
        this.template = template;
    }

    public byte[] render(SurvivorCopy copy) {
        String xhtml = template.data("copy", copy).render();
        try (ByteArrayOutputStream pdf = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            for (int weight : new int[] { 400, 700 }) {
                for (FontStyle style : new FontStyle[] { FontStyle.NORMAL, FontStyle.ITALIC }) {
                    builder.useFont(CopyPdf::font, FONT_FAMILY, weight, style, true);
                }
            }
            builder.withHtmlContent(xhtml, null);
            builder.toStream(pdf);
            builder.run();
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream font() {
        InputStream in = CopyPdf.class.getResourceAsStream(FONT);
        if (in == null) {
            throw new IllegalStateException("PDFBox's Liberation Sans is missing from the class path");
        }
        return in;
    }
}
