package org.beltportal.admin.security;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.beltportal.core.system.InvalidInputException;
import org.beltportal.core.system.TooManyRequestsException;
import org.beltportal.core.system.web.ClientAddress;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.HtmlUtils;

/**
 * The console's "change password" page at {@code /admin/password}: the same change as
 * {@code PUT /admin/api/v1/me/password}, posted and redirected (post/redirect/get). Errors come back through
 * the flash map as field and message only; what was typed is never sent back to the browser.
 */
@RestController
public class PasswordPageController {

    static final String PATH = "/admin/password";
    private static final String PROBLEMS = "passwordProblems";
    private static final Map<String, String> LABELS = Map.of(
            "currentPassword", "当前密码 / Current password",
            "newPassword", "新密码 / New password");

    private final OwnPasswordChange passwords;

    public PasswordPageController(OwnPasswordChange passwords) {
        this.passwords = passwords;
    }

    @GetMapping(value = PATH, produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
    String form(@AuthenticationPrincipal PortalUser caller, HttpServletRequest request) {
        Map<?, ?> flash = RequestContextUtils.getInputFlashMap(request);
        Map<String, String> problems = new LinkedHashMap<>();
        if (flash != null && flash.get(PROBLEMS) instanceof Map<?, ?> stored) {
            stored.forEach((field, message) -> problems.put(String.valueOf(field), String.valueOf(message)));
        }
        String notice = request.getParameter("changed") != null
                ? "<p role=\"status\">密码已修改；其他会话和令牌已失效 / Password changed; your other sessions and tokens have ended</p>" : "";
        return ConsolePage.document("修改密码 Change password", """
                <h2>修改密码 Change password</h2>
                <p>%s</p>%s%s
                <form method="post" action="%s" novalidate>
                %s
                %s
                %s
                <p><button type="submit">修改密码 Change password</button></p>
                </form>""".formatted(HtmlUtils.htmlEscape(caller.username()), notice, summary(problems),
                request.getContextPath() + PATH,
                field("currentPassword", "current-password", "", problems),
                field("newPassword", "new-password", "至少 10 个字符，最多 72 字节，不含用户名 / At least 10 characters, at most 72 bytes, not your username",
                        problems),
                ConsolePage.csrfField(request)));
    }

    @PostMapping(PATH)
    ResponseEntity<Void> change(@AuthenticationPrincipal PortalUser caller, ClientAddress address,
                                @RequestParam(required = false) String currentPassword,
                                @RequestParam(required = false) String newPassword,
                                HttpServletRequest request, HttpServletResponse response) {
        Map<String, String> problems = new LinkedHashMap<>();
        try {
            passwords.change(caller, address, currentPassword, newPassword, request, response);
            return seeOther(PATH + "?changed", request);
        } catch (InvalidInputException invalid) {
            invalid.problems().forEach(problem -> problems.putIfAbsent(problem.field(), problem.message()));
        } catch (TooManyRequestsException throttled) {
            problems.put("currentPassword", "was wrong too often; try again in " + throttled.retryAfterSeconds() + " seconds");
        }
        FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
        flash.put(PROBLEMS, problems);
        RequestContextUtils.saveOutputFlashMap(PATH, request, response);
        return seeOther(PATH, request);
    }

    private static ResponseEntity<Void> seeOther(String path, HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(request.getContextPath() + path)).build();
    }

    /** GOV.UK's error summary: every problem, each linking to its field. */
    private static String summary(Map<String, String> problems) {
        if (problems.isEmpty()) {
            return "";
        }
        StringBuilder items = new StringBuilder();
        problems.forEach((field, message) -> items.append("<li><a href=\"#").append(field).append("\">")
                .append(HtmlUtils.htmlEscape(LABELS.getOrDefault(field, field) + ": " + message)).append("</a></li>"));
        return "<div role=\"alert\"><h2>请更正以下问题 / There is a problem</h2><ul>" + items + "</ul></div>";
    }

    private static String field(String name, String autocomplete, String hint, Map<String, String> problems) {
        String error = problems.get(name);
        String hintHtml = hint.isEmpty() ? "" : "<br><small id=\"%s-hint\">%s</small>".formatted(name, HtmlUtils.htmlEscape(hint));
        String errorHtml = error == null ? "" : "<br><strong id=\"%s-error\">%s</strong>".formatted(name, HtmlUtils.htmlEscape(error));
        String describedBy = ((hint.isEmpty() ? "" : name + "-hint ") + (error == null ? "" : name + "-error")).strip();
        return "<p><label for=\"%s\">%s</label>%s%s<br><input id=\"%s\" name=\"%s\" type=\"password\" autocomplete=\"%s\"%s%s></p>"
                .formatted(name, LABELS.get(name), hintHtml, errorHtml, name, name, autocomplete,
                        describedBy.isEmpty() ? "" : " aria-describedby=\"" + describedBy + "\"",
                        error == null ? "" : " aria-invalid=\"true\"");
    }
}
