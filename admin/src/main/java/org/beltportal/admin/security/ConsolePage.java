package org.beltportal.admin.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.util.HtmlUtils;

/** The shell of the console's few server-rendered pages (login, password): one document, one form style. */
final class ConsolePage {

    private ConsolePage() {
    }

    static String document(String title, String main) {
        return """
                <!doctype html>
                <html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title></head>
                <body><main><h1>BeltPortal 管理后台</h1>%s</main></body></html>
                """.formatted(HtmlUtils.htmlEscape(title), main);
    }

    /** The hidden field carrying the request's CSRF token. */
    static String csrfField(HttpServletRequest request) {
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        return "<input type=\"hidden\" name=\"%s\" value=\"%s\">".formatted(
                HtmlUtils.htmlEscape(csrf.getParameterName()), HtmlUtils.htmlEscape(csrf.getToken()));
    }
}
