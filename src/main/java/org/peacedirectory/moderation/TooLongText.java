package org.peacedirectory.moderation;

import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

/**
 * A moderator's text longer than its field allows is refused, never cut: the form goes back (422) with the
 * text whole and, by the field, a message that says the limit and the text's length. Nothing is decided.
 */
final class TooLongText {

    private TooLongText() {}

    /** Puts the form as sent back in the model, named as the page's form, with the error on its field. */
    static void refuse(Model model, String formName, Object form, String field, String text, int limit) {
        BindingResult errors = new BeanPropertyBindingResult(form, formName);
        errors.rejectValue(field, "moderation.text.tooLong", new Object[] {limit, text.length()}, null);
        model.addAttribute(formName, form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + formName, errors);
    }
}
