package org.beltportal.admin.security;

import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.beltportal.admin.console.ConsoleFlash;
import org.beltportal.admin.console.ConsolePages;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The console's login form (session + CSRF). Spring Security's form login takes the post; a refused one comes
 * back here as {@code ?error} with the username it typed in the flash map (never the password).
 */
@Controller
class LoginPageController {

    static final String USERNAME = "username";

    private final ConsolePages pages;

    LoginPageController(ConsolePages pages) {
        this.pages = pages;
    }

    @GetMapping(SecurityConfiguration.LOGIN)
    ModelAndView loginPage(HttpServletRequest request) {
        ConsoleFlash notice = request.getParameter("error") != null ? ConsoleFlash.alert("login.wrong")
                : request.getParameter("ended") != null ? ConsoleFlash.alert("login.ended")
                : request.getParameter("expired") != null ? ConsoleFlash.alert("login.expired")
                : request.getParameter("logout") != null ? ConsoleFlash.status("login.loggedOut") : null;
        Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
        return pages.page("security/login", model(notice, flash == null ? null : (String) flash.get(USERNAME)));
    }

    /** The page's model: a notice above the form (or none) and the username to show in its field. */
    static Map<String, Object> model(ConsoleFlash notice, String username) {
        Map<String, Object> model = new HashMap<>();
        if (notice != null) {
            model.put(ConsoleFlash.ATTRIBUTE, notice);
        }
        model.put(USERNAME, username == null ? "" : username);
        return model;
    }
}
