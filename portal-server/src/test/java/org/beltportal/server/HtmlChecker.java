package org.beltportal.server;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The W3C Nu HTML checker (the engine behind validator.w3.org/nu), run in-process on a page's source.
 * Reports errors as "line: message"; warnings are not counted, as on the checker's own site. Loading the
 * HTML schema takes seconds, so one checker is set up once and checks many pages.
 */
final class HtmlChecker implements ErrorHandler {

    private static final String HTML5_SCHEMA = "http://s.validator.nu/html5-rdfalite.rnc";

    private final SimpleDocumentValidator validator = new SimpleDocumentValidator();
    private final List<String> errors = new ArrayList<>();

    HtmlChecker() {
        try {
            validator.setUpMainSchema(HTML5_SCHEMA, this);
            validator.setUpValidatorAndParsers(this, true, false);
        } catch (Exception e) {
            throw new IllegalStateException("the HTML checker could not load its schema", e);
        }
    }

    List<String> errors(String html) {
        errors.clear();
        InputSource source = new InputSource(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        source.setEncoding("UTF-8");
        try {
            validator.checkHtmlInputSource(source);
        } catch (Exception e) {
            throw new IllegalStateException("the HTML checker failed on a page", e);
        }
        return List.copyOf(errors);
    }

    @Override
    public void warning(SAXParseException warning) {
    }

    @Override
    public void error(SAXParseException error) {
        errors.add(error.getLineNumber() + ": " + error.getMessage());
    }

    @Override
    public void fatalError(SAXParseException error) {
        errors.add(error.getLineNumber() + ": " + error.getMessage());
    }
}
