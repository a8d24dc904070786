package org.beltportal.admin.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The console's login form (session + CSRF). The console itself grows in later issues. */
@RestController
public class LoginPageController {

    private static final String WRONG = "<p role=\"alert\">用户名或密码错误 / Wrong username or password</p>";
    private static final String ENDED = "<p role=\"alert\">会话已结束：账号、权限或密码已变更，请重新登录 / "
            + "Your session has ended because your account or password changed; please log in again</p>";

    @GetMapping(value = SecurityConfiguration.LOGIN, produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
    String loginPage(HttpServletRequest request) {
        String notice = request.getParameter("error") != null ? WRONG
                : request.getParameter("ended") != null ? ENDED
                : request.getParameter("logout") != null ? "<p>已退出 / Logged out</p>" : "";
        return page(request, notice);
    }

    /** The login page with a notice above the form; also the body of a throttled login's 429. */
    static String page(HttpServletRequest request, String notice) {
        return ConsolePage.document("BeltPortal 管理后台登录", """
                %s
                <form method="post" action="%s">
                <p><label for="username">用户名 Username</label><br><input id="username" name="username" autocomplete="username" required></p>
                <p><label for="password">密码 Password</label><br><input id="password" name="password" type="password" autocomplete="current-password" required></p>
                %s
                <p><button type="submit">登录 Log in</button></p>
                </form>""".formatted(notice, request.getContextPath() + SecurityConfiguration.LOGIN, ConsolePage.csrfField(request)));
    }

    /** The notice of a throttled login: how long to wait, nothing about the account. */
    static String throttled(long retryAfterSeconds) {
        return "<p role=\"alert\">尝试次数过多，请 %d 秒后再试 / Too many failed logins; try again in %d seconds</p>"
                .formatted(retryAfterSeconds, retryAfterSeconds);
    }
}
