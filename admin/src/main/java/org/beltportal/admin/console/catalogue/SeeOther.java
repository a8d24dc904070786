package org.beltportal.admin.console.catalogue;

import org.beltportal.admin.console.ConsoleFlash;
import org.beltportal.admin.console.ConsoleForms;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The redirect after a successful post (303, so a reload reads the page again and never repeats the write), with
 * the flash that says what happened. A {@code View} object, not a "redirect:" name: the public site's view
 * resolver takes every name (decision 0007).
 */
final class SeeOther {

    private SeeOther() {
    }

    static ModelAndView to(String path, RedirectAttributes attributes, ConsoleFlash flash) {
        attributes.addFlashAttribute(ConsoleFlash.ATTRIBUTE, flash);
        return ConsoleForms.seeOther(path);
    }
}
