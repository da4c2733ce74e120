package org.peacedirectory.moderation;

import jakarta.persistence.criteria.Predicate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.peacedirectory.account.Account;
import org.peacedirectory.account.Accounts;
import org.peacedirectory.moderationlog.ModerationAction;
import org.peacedirectory.moderationlog.ModerationLogEntries;
import org.peacedirectory.moderationlog.ModerationLogEntry;
import org.peacedirectory.organisation.Organisation;
import org.peacedirectory.organisation.Organisations;
import org.peacedirectory.submission.Submission;
import org.peacedirectory.submission.SubmissionReview;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The moderation log, newest first, filtered by action, moderator, submission or organisation. What each
 * line is about is named (the organisation, the submission's reference and name, the account's holder),
 * not numbered; the reasons are put in words by {@link LogReasons}.
 */
@Controller
class LogController {

    private static final int PAGE_SIZE = 50;

    /** A submission as a log line names it: its reference and the organisation it proposes or changes. */
    record SubmissionLabel(String reference, String name) {}

    private final ModerationLogEntries entries;
    private final Organisations organisations;
    private final SubmissionReview submissions;
    private final Accounts accounts;

    LogController(
            ModerationLogEntries entries,
            Organisations organisations,
            SubmissionReview submissions,
            Accounts accounts) {
        this.entries = entries;
        this.organisations = organisations;
        this.submissions = submissions;
        this.accounts = accounts;
    }

    @GetMapping("/moderation/log")
    @Transactional(readOnly = true)
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
        Page<ModerationLogEntry> found = entries.findAll(
                filter,
                PageRequest.of(
                        Math.max(page, 1) - 1, PAGE_SIZE, Sort.by(Sort.Order.desc("at"), Sort.Order.desc("id"))));
        model.addAttribute("entries", found);
        model.addAttribute("organisationNames", organisationNames(found.getContent()));
        model.addAttribute("submissionLabels", submissionLabels(found.getContent()));
        model.addAttribute("accountNames", accountNames(found.getContent()));
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

    private Map<Long, String> organisationNames(List<ModerationLogEntry> lines) {
        Set<Long> ids = idsOf(lines, ModerationLogEntry::getOrganisationId);
        return ids.isEmpty()
                ? Map.of()
                : organisations.findAllById(ids).stream()
                        .collect(Collectors.toMap(Organisation::getId, Organisation::getName));
    }

    private Map<Long, SubmissionLabel> submissionLabels(List<ModerationLogEntry> lines) {
        Set<Long> ids = idsOf(lines, ModerationLogEntry::getSubmissionId);
        return ids.isEmpty()
                ? Map.of()
                : submissions.findAll(ids).stream()
                        .collect(Collectors.toMap(
                                Submission::getId,
                                submission -> new SubmissionLabel(
                                        submission.getReference(),
                                        submission.getOrganisation() != null
                                                ? submission.getOrganisation().getName()
                                                : submission.getProposal().name())));
    }

    private Map<Long, String> accountNames(List<ModerationLogEntry> lines) {
        Set<Long> ids = idsOf(lines, ModerationLogEntry::getAccountId);
        return ids.isEmpty()
                ? Map.of()
                : accounts.findAllById(ids).stream().collect(Collectors.toMap(Account::getId, Account::getDisplayName));
    }

    private static Set<Long> idsOf(List<ModerationLogEntry> lines, Function<ModerationLogEntry, @Nullable Long> id) {
        Set<Long> ids = new HashSet<>();
        for (ModerationLogEntry line : lines) {
            Long value = id.apply(line);
            if (value != null) {
                ids.add(value);
            }
        }
        return ids;
    }
}
