package org.beltportal.admin.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/** The console's login form (session + CSRF). The console itself grows in later issues. */
@RestController
public class LoginPageController {

    @GetMapping(value = SecurityConfiguration.LOGIN, produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
    String loginPage(HttpServletRequest request) {
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        String notice = request.getParameter("error") != null ? "<p role=\"alert\">用户名或密码错误 / Wrong username or password</p>"
                : request.getParameter("logout") != null ? "<p>已退出 / Logged out</p>" : "";
        return """
                <!doctype html>
                <html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>BeltPortal 管理后台登录</title></head>
                <body><main><h1>BeltPortal 管理后台</h1>%s
                <form method="post" action="%s">
                <p><label for="username">用户名 Username</label><br><input id="username" name="username" autocomplete="username" required></p>
                <p><label for="password">密码 Password</label><br><input id="password" name="password" type="password" autocomplete="current-password" required></p>
                <input type="hidden" name="%s" value="%s">
                <p><button type="submit">登录 Log in</button></p>
                </form></main></body></html>
                """.formatted(notice, request.getContextPath() + SecurityConfiguration.LOGIN,
                HtmlUtils.htmlEscape(csrf.getParameterName()), HtmlUtils.htmlEscape(csrf.getToken()));
    }
}
