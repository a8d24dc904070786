package org.beltportal.core.user;

import java.util.List;

import org.beltportal.core.system.FieldProblem;
import org.beltportal.core.system.InvalidInputException;

/**
 * A password change whose current password is not the user's: a 422 like any other field problem (with
 * the other problems of the same input), and a failed guess for the login throttle to count.
 */
public class WrongPasswordException extends InvalidInputException {

    WrongPasswordException(List<FieldProblem> problems) {
        super(problems);
    }
}
