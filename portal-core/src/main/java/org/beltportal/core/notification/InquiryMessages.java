package org.beltportal.core.notification;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

import org.beltportal.core.inquiry.Inquiry;
import org.beltportal.core.tenant.Tenant;

/**
 * What a new inquiry's notification says: the mail to operators and the supplier (in the belt's language,
 * with the buyer's contact details so they can answer), and the webhook's JSON (no contact details: a chat
 * robot's channel may be read by more people than the console).
 */
final class InquiryMessages {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private InquiryMessages() {
    }

    static String subject(Tenant tenant, Inquiry inquiry) {
        return chinese(tenant)
                ? "[" + tenant.name() + "] 新询盘 #" + inquiry.id() + "：" + inquiry.productTitle()
                : "[" + tenant.name() + "] New inquiry #" + inquiry.id() + ": " + inquiry.productTitle();
    }

    static String text(Tenant tenant, Inquiry inquiry) {
        boolean zh = chinese(tenant);
        StringBuilder text = new StringBuilder();
        text.append(zh ? tenant.name() + " 收到一条新询盘。\n\n" : tenant.name() + " has a new inquiry.\n\n");
        line(text, zh ? "产品" : "Product", inquiry.productTitle() + " (#" + inquiry.productId() + ")");
        line(text, zh ? "数量" : "Quantity", Integer.toString(inquiry.quantity()));
        line(text, zh ? "联系人" : "Name", inquiry.name());
        line(text, zh ? "公司" : "Company", inquiry.company());
        line(text, zh ? "电话" : "Phone", inquiry.phone());
        line(text, zh ? "邮箱" : "Email", inquiry.email());
        line(text, zh ? "时间" : "Time", TIME.format(inquiry.createdAt().atZone(tenant.zone())));
        if (inquiry.message() != null) {
            text.append('\n').append(inquiry.message()).append('\n');
        }
        text.append(zh ? "\n询盘编号 " : "\nInquiry number ").append(inquiry.id()).append('\n');
        return text.toString();
    }

    static Map<String, Object> webhookBody(Tenant tenant, Inquiry inquiry) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("event", "inquiry.created");
        body.put("tenant", tenant.slug());
        body.put("tenantName", tenant.name());
        body.put("inquiryId", inquiry.id());
        body.put("productId", inquiry.productId());
        body.put("productTitle", inquiry.productTitle());
        body.put("supplierId", inquiry.supplierId());
        body.put("quantity", inquiry.quantity());
        body.put("createdAt", inquiry.createdAt().toString());
        String summary = chinese(tenant)
                ? "[" + tenant.name() + "] 新询盘 #" + inquiry.id() + "：" + inquiry.productTitle() + " × " + inquiry.quantity()
                : "[" + tenant.name() + "] New inquiry #" + inquiry.id() + ": " + inquiry.productTitle() + " x " + inquiry.quantity();
        body.put("text", summary);
        return body;
    }

    private static void line(StringBuilder text, String label, String value) {
        if (value != null) {
            text.append(label).append(": ").append(value).append('\n');
        }
    }

    private static boolean chinese(Tenant tenant) {
        return tenant.locale() == null || tenant.locale().startsWith("zh");
    }
}
