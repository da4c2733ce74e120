package org.peacedirectory.moderation;

import jakarta.persistence.criteria.Predicate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.peacedirectory.moderationlog.ModerationAction;
import org.peacedirectory.moderationlog.ModerationLogEntries;
import org.peacedirectory.moderationlog.ModerationLogEntry;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The moderation log, newest first, filtered by action, moderator, submission or organisation. */
@Controller
class LogController {

    private static final int PAGE_SIZE = 50;

    private final ModerationLogEntries entries;

    LogController(ModerationLogEntries entries) {
        this.entries = entries;
    }

    @GetMapping("/moderation/log")
    String log(
            @RequestParam(required = false) @Nullable ModerationAction action,
            @RequestParam(required = false) @Nullable String actor,
            @RequestParam(required = false) @Nullable Long submission,
            @RequestParam(required = false) @Nullable Long organisation,
            @RequestParam(defaultValue = "1") int page,
            Model model) {
        Specification<ModerationLogEntry> filter = (root, query, builder) -> {
            List<Predicate> conditions = new java.util.ArrayList<>();
            if (action != null) {
                conditions.add(builder.equal(root.get("action"), action));
            }
            if (actor != null) {
                conditions.add(builder.equal(builder.lower(root.get("actorName")), actor.toLowerCase()));
            }
            if (submission != null) {
                conditions.add(builder.equal(root.get("submissionId"), submission));
            }
            if (organisation != null) {
                conditions.add(builder.equal(root.get("organisationId"), organisation));
            }
            return builder.and(conditions.toArray(Predicate[]::new));
        };
        model.addAttribute(
                "entries",
                entries.findAll(
                        filter,
                        PageRequest.of(
                                Math.max(page, 1) - 1,
                                PAGE_SIZE,
                                Sort.by(Sort.Order.desc("at"), Sort.Order.desc("id")))));
        model.addAttribute("actions", List.of(ModerationAction.values()));
        model.addAttribute("action", action);
        model.addAttribute("actor", actor);
        model.addAttribute("submission", submission);
        model.addAttribute("organisation", organisation);
        model.addAttribute(
                "pageUrl",
                org.springframework.web.util.UriComponentsBuilder.fromPath("/moderation/log")
                        .queryParamIfPresent("action", java.util.Optional.ofNullable(action))
                        .queryParamIfPresent("actor", java.util.Optional.ofNullable(actor))
                        .queryParamIfPresent("submission", java.util.Optional.ofNullable(submission))
                        .queryParamIfPresent("organisation", java.util.Optional.ofNullable(organisation))
                        .encode()
                        .build()
                        .toUriString());
        return "moderation/log";
    }
}
