package org.beltportal.admin.inquiry;

import java.io.IOException;
import java.io.Writer;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.beltportal.core.inquiry.Inquiry;

/**
 * Inquiries as CSV for Excel: a UTF-8 byte order mark (without it Excel reads UTF-8 as the local code page
 * and garbles Chinese), RFC 4180 quoting, and times in the belt's zone. A cell a buyer typed that starts with
 * = + - @ (or a tab or carriage return) gets a leading apostrophe, so a spreadsheet shows it as text instead of
 * running it as a formula (CSV injection).
 */
final class InquiryCsv {

    static final String BOM = "\uFEFF";
    static final List<String> HEADER = List.of("id", "createdAt", "status", "productId", "productTitle", "supplierId",
            "quantity", "name", "company", "phone", "email", "message");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Writer out;
    private final ZoneId zone;

    InquiryCsv(Writer out, ZoneId zone) {
        this.out = out;
        this.zone = zone;
    }

    void header() throws IOException {
        out.write(BOM);
        row(HEADER);
    }

    void inquiry(Inquiry inquiry) throws IOException {
        row(List.of(Long.toString(inquiry.id()), TIME.format(inquiry.createdAt().atZone(zone)), inquiry.status().code(),
                Long.toString(inquiry.productId()), text(inquiry.productTitle()),
                inquiry.supplierId() == null ? "" : inquiry.supplierId().toString(), Integer.toString(inquiry.quantity()),
                text(inquiry.name()), text(inquiry.company()), text(inquiry.phone()), text(inquiry.email()),
                text(inquiry.message())));
    }

    private void row(List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quoted(cells.get(i)));
        }
        out.write("\r\n");
    }

    /** Text someone typed, made inert for spreadsheets. */
    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formula ? "'" + value : value;
    }

    static String quoted(String cell) {
        boolean needs = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0;
        return needs ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }
}
