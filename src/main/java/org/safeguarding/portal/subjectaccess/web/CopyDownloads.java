package org.safeguarding.portal.subjectaccess.web;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.safeguarding.portal.subjectaccess.CopyPdf;
import org.safeguarding.portal.subjectaccess.SurvivorCopies;
import org.safeguarding.portal.subjectaccess.SurvivorCopy;
import org.safeguarding.portal.core.Actor;

/**
 * A download of a released copy, for the pages and the API alike: the file as an attachment named by the case
 * reference, never cached or sniffed. 404 for anything not the survivor's released copy.
 */
@ApplicationScoped
class CopyDownloads {

    private final SurvivorCopies copies;
    private final CopyPdf pdf;
    private final ObjectMapper json;

    CopyDownloads(SurvivorCopies copies, CopyPdf pdf, ObjectMapper json) {
        this.copies = copies;
        this.pdf = pdf;
        this.json = json;
    }

    Response pdf(Actor survivor, UUID caseId, UUID requestId) {
        SurvivorCopy copy = copies.download(survivor, caseId, requestId, SurvivorCopies.Form.PDF)
                .orElseThrow(NotFoundException::new);
        return attachment(pdf.render(copy), "application/pdf", copy.reference() + "-records.pdf");
    }

    Response json(Actor survivor, UUID caseId, UUID requestId) {
        SurvivorCopy copy = copies.download(survivor, caseId, requestId, SurvivorCopies.Form.JSON)
                .orElseThrow(NotFoundException::new);
        try {
            return attachment(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(copy),
                    MediaType.APPLICATION_JSON, copy.reference() + "-records.json");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the copy could not be written as JSON");
        }
    }

    private static Response attachment(byte[] body, String type, String name) {
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + name.replaceAll(
                "[^A-Za-z0-9.-]", "-") + "\"").header("Cache-Control", "no-store").build();
    }
}
