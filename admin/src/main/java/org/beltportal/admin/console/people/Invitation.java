package org.beltportal.admin.console.people;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.beltportal.core.notification.PasswordResetMailer;
import org.beltportal.core.user.Role;
import org.springframework.stereotype.Component;

/**
 * What the people screens share: roles as a form sends them (codes; an unknown one is the role's field problem,
 * a known one the caller may not grant the service's 403), and the link to set a password, mailed once a user exists.
 */
@Component
class Invitation {

    private final PasswordResetMailer mailer;

    Invitation(PasswordResetMailer mailer) {
        this.mailer = mailer;
    }

    /** Mails the new user the link to set a password; called after the user's transaction committed. */
    void mailLink(String username) {
        mailer.invite(username);
    }

    static Set<Role> roles(List<String> codes) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        (codes == null ? List.<String>of() : codes).forEach(code -> roles.add(Role.fromCode(code)));
        return roles;
    }

    /** Role codes in the order of the enum, for templates. */
    static List<String> codes(Set<Role> roles) {
        return roles.stream().sorted().map(Role::code).toList();
    }
}
