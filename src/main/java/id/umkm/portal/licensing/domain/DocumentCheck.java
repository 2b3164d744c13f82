package id.umkm.portal.licensing.domain;

import id.umkm.portal.shared.domain.RuleViolation;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

/**
 * Whether an uploaded file is what a requirement asks for, judged by its content: the format from
 * its first bytes, its size, and for a PDF that it arrived whole (an interrupted upload on a weak
 * connection ends before the PDF's end marker). Each refusal names the file and says what is wrong.
 */
public final class DocumentCheck {

    private static final byte[] PDF_END = "%%EOF".getBytes(StandardCharsets.US_ASCII);

    private DocumentCheck() {
    }

    /** @return the format found; @throws RuleViolation with the file name and what was expected */
    public static FileFormat check(DocumentRequirement requirement, String fileName, byte[] content) {
        String accepted = requirement.formats().stream().map(Enum::name).collect(Collectors.joining(", "));
        if (content == null || content.length == 0) {
            throw new RuleViolation("file", "licensing.document.empty", fileName);
        }
        long kb = (content.length + 1023) / 1024;
        if (content.length > requirement.getMaxKb() * 1024L) {
            throw new RuleViolation("file", "licensing.document.tooLarge", fileName, kb, requirement.getMaxKb());
        }
        FileFormat format = FileFormat.sniff(content)
                .orElseThrow(() -> new RuleViolation("file", "licensing.document.notRecognised", fileName, accepted));
        if (!requirement.formats().contains(format)) {
            throw new RuleViolation("file", "licensing.document.wrongFormat", fileName, format.name(), accepted);
        }
        if (format == FileFormat.PDF && !endsWithEofMarker(content)) {
            throw new RuleViolation("file", "licensing.document.truncated", fileName);
        }
        return format;
    }

    private static boolean endsWithEofMarker(byte[] content) {
        int from = Math.max(0, content.length - 1024);
        outer:
        for (int i = content.length - PDF_END.length; i >= from; i--) {
            for (int j = 0; j < PDF_END.length; j++) {
                if (content[i + j] != PDF_END[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
