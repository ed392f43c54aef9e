package org.safeguarding.portal.audit;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

/**
 * The copy of each checkpoint kept outside the database: a line in the log (category {@code portal.audit}) and a
 * line appended to the file the deployment names ({@code portal.audit.checkpoint-file}). Someone who cuts rows off
 * the end of the chain, and the checkpoints with them, cannot reach these.
 */
@ApplicationScoped
public class CheckpointFile {

    private static final Logger LOG = Logger.getLogger("portal.audit");
    private static final Pattern LINE = Pattern.compile("\\{\"headSeq\":(\\d+),\"headMac\":\"([A-Za-z0-9+/=]+)\","
            + "\"sealedBelow\":\"(\\d+)\",\"sealedAt\":\"([^\"]+)\",\"signature\":\"([A-Za-z0-9+/=]+)\"}");

    private static final int TAIL_BYTES = 16 * 1024;

    private final Optional<Path> file;

    CheckpointFile(AuditConfig config) {
        this.file = config.checkpointFile();
    }

    /** Writes the checkpoint out; a failure to write is logged, never lost silently, and never undoes the seal. */
    void writeOut(Checkpoint checkpoint) {
        String line = checkpoint.toJson();
        LOG.infof("Audit checkpoint %s", line);
        file.ifPresent(path -> append(path, line));
    }

    private static synchronized void append(Path path, String line) {
        try {
            if (path.getParent() != null) {
                Files.createDirectories(path.getParent());
            }
            try (FileChannel out = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                out.write(ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8)));
                out.force(true);
            }
        } catch (IOException e) {
            LOG.errorf("Audit checkpoint could not be written to %s (%s): the chain is still sealed in the database",
                    path, e.getClass().getSimpleName());
        }
    }

    /** The newest checkpoint written to the file, if there is a file and a readable line in it. */
    Optional<Checkpoint> newest() {
        if (file.isEmpty() || !Files.isRegularFile(file.get())) {
            return Optional.empty();
        }
        // Only the end of the file is read: it grows by a line per sealing run for as long as the records are kept.
        try (FileChannel in = FileChannel.open(file.get(), StandardOpenOption.READ)) {
            long size = in.size();
            ByteBuffer tail = ByteBuffer.allocate((int) Math.min(size, TAIL_BYTES));
            while (tail.hasRemaining() && in.read(tail, size - tail.capacity() + tail.position()) > 0) {
                // reads until the tail is full
            }
            String[] lines = new String(tail.array(), 0, tail.position(), StandardCharsets.UTF_8).split("\n");
            for (int i = lines.length - 1; i >= 0; i--) {
                Matcher m = LINE.matcher(lines[i].trim());
                if (m.matches()) {
                    Base64.Decoder b64 = Base64.getDecoder();
                    return Optional.of(new Checkpoint(Long.parseLong(m.group(1)), b64.decode(m.group(2)), m.group(3),
                            Instant.parse(m.group(4)), b64.decode(m.group(5))));
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new IllegalStateException("the audit checkpoint file cannot be read", e);
        }
    }
}
