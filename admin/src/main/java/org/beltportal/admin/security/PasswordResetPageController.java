package org.beltportal.admin.security;

import jakarta.servlet.http.HttpServletRequest;
import org.beltportal.core.system.InvalidInputException;
import org.beltportal.core.system.NotFoundException;
import org.beltportal.core.system.TooManyRequestsException;
import org.beltportal.core.system.web.ClientAddress;
import org.beltportal.core.user.PasswordResets;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * Minimal pages around the reset API, for people: {@code /admin/password-reset} asks for a name or address;
 * the mailed link ({@code ?token=}) asks for the new password. Forms carry the CSRF token; the console's
 * own styling comes later.
 */
@RestController
public class PasswordResetPageController {

    static final String PAGE = "/admin/password-reset";
    private static final String HTML = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8";

    private final PasswordResetController api;
    private final PasswordResets resets;

    public PasswordResetPageController(PasswordResetController api, PasswordResets resets) {
        this.api = api;
        this.resets = resets;
    }

    @GetMapping(value = PAGE, produces = HTML)
    String form(HttpServletRequest request, @RequestParam(required = false) String token) {
        if (token == null) {
            return ConsolePage.document("重设密码 Reset password", """
                    <form method="post" action="%s/request">
                    <p><label for="usernameOrEmail">用户名或邮箱 Username or email</label><br><input id="usernameOrEmail" name="usernameOrEmail" autocomplete="username" required></p>
                    %s
                    <p><button type="submit">发送链接 Send link</button></p>
                    </form>""".formatted(request.getContextPath() + PAGE, ConsolePage.csrfField(request)));
        }
        return newPasswordForm(request, token, "");
    }

    @PostMapping(value = PAGE + "/request", produces = HTML)
    String requested(ClientAddress address, @RequestParam(defaultValue = "") String usernameOrEmail) {
        api.request(address, usernameOrEmail);
        return ConsolePage.document("重设密码 Reset password", "<p role=\"status\">如果该用户名或邮箱对应的账号有邮箱，重设链接已发送。 / "
                + HtmlUtils.htmlEscape(PasswordResetController.REQUESTED) + ".</p>");
    }

    @PostMapping(value = PAGE, produces = HTML)
    ResponseEntity<String> reset(HttpServletRequest request, @RequestParam(defaultValue = "") String token,
                                 @RequestParam(defaultValue = "") String newPassword) {
        try {
            resets.complete(token, newPassword);
        } catch (InvalidInputException weak) {
            String problems = weak.problems().stream().map(problem -> HtmlUtils.htmlEscape(problem.message()))
                    .reduce((a, b) -> a + "; " + b).orElse("");
            return ResponseEntity.unprocessableContent().body(newPasswordForm(request, token,
                    "<p role=\"alert\">新密码不符合要求 / The new password " + problems + "</p>"));
        } catch (NotFoundException | TooManyRequestsException refused) {
            return ResponseEntity.status(404).body(ConsolePage.document("重设密码 Reset password",
                    "<p role=\"alert\">链接无效、已使用或已过期 / This link is unknown, used or expired.</p>"
                            + "<p><a href=\"" + request.getContextPath() + PAGE + "\">重新申请 Ask for a new link</a></p>"));
        }
        return ResponseEntity.ok(ConsolePage.document("重设密码 Reset password",
                "<p role=\"status\">密码已设置 / Your new password is set.</p><p><a href=\"" + request.getContextPath()
                        + SecurityConfiguration.LOGIN + "\">登录 Log in</a></p>"));
    }

    private static String newPasswordForm(HttpServletRequest request, String token, String notice) {
        return ConsolePage.document("设置新密码 Set a new password", """
                %s
                <form method="post" action="%s">
                <input type="hidden" name="token" value="%s">
                <p><label for="newPassword">新密码 New password</label><br><input id="newPassword" name="newPassword" type="password" autocomplete="new-password" minlength="10" required></p>
                %s
                <p><button type="submit">设置 Set</button></p>
                </form>""".formatted(notice, request.getContextPath() + PAGE, HtmlUtils.htmlEscape(token),
                ConsolePage.csrfField(request)));
    }
}
