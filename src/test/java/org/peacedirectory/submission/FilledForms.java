package org.peacedirectory.submission;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.peacedirectory.FormSession;

/** Submission forms filled in as a person would: every required field, shown a minute ago. */
final class FilledForms {

    private FilledForms() {}

    static Map<String, List<String>> newOrganisation(FormSession browser, FormStamp stamps, String name) {
        return newOrganisation(FormSession.fieldsOf(browser.page("/submit")), stamps, name);
    }

    /** The fields of a form page, filled in. */
    static Map<String, List<String>> newOrganisation(Map<String, List<String>> form, FormStamp stamps, String name) {
        form.put("organisation.name", List.of(name));
        form.put("prose.sourceLanguage", List.of("en"));
        form.put("prose.summary", List.of("Fictional test organisation that trains community mediators."));
        form.put("organisation.countryCode", List.of("SN"));
        form.put("organisation.themes", new ArrayList<>(List.of("dialogue-and-mediation", "peace-education")));
        form.put("activities[0].level", List.of("LOCAL"));
        form.put("activities[0].date", List.of("2019"));
        form.put("activities[0].text", List.of("Trained forty mediators."));
        fillSubmitter(form, stamps);
        return form;
    }

    static void fillSubmitter(Map<String, List<String>> form, FormStamp stamps) {
        form.put("submitter.name", List.of("Aminata Test"));
        form.put("submitter.email", List.of("aminata@example.org"));
        form.put("submitter.relationship", List.of("STAFF"));
        form.put("submitter.consent", List.of("true"));
        form.put("state.stamp", List.of(stamps.issuedAt(Instant.now().minusSeconds(60))));
    }
}
