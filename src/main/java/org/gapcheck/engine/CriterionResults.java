package org.gapcheck.engine;

import java.util.ArrayList;
import java.util.List;
import org.gapcheck.submission.Answer;
import org.gapcheck.submission.Submission;

/** The result of a criterion whose status is known, with the explanation a report shows or without it. */
final class CriterionResults {

    private CriterionResults() {
    }

    /** The explained result of a criterion whose status is known: the items read, the values found, the requirement. */
    static CriterionResult explained(CriterionDef def, Status status, Submission submission) {
        List<ItemRead> read = def.items().stream().map(code -> read(code, submission.answers().get(code))).toList();
        return result(def, status, read, explain(status, def, read));
    }

    /**
     * The result of a criterion without its explanation: which items it read and whether they were
     * answered (what scores and completeness need), without the values and words a report shows.
     */
    static CriterionResult bare(CriterionDef def, Status status, Submission submission) {
        List<ItemRead> read = new ArrayList<>(def.items().size());
        for (String item : def.items()) {
            read.add(new ItemRead(item, state(submission.answers().get(item)), null, null, null));
        }
        return result(def, status, read, null);
    }

    private static CriterionResult result(CriterionDef def, Status status, List<ItemRead> read, String explanation) {
        return new CriterionResult(def.id(), def.recommendation(), def.title(), status, def.weight(), def.source(),
                def.location(), def.cites(), def.metMachine(), def.partialMachine(), read, explanation,
                status == Status.MET || status == Status.NOT_REPORTED ? null : def.closes(),
                def.challenges().isEmpty() ? null : def.challenges(), def.basis() == null ? null : def.basis().toString(), def.role(), null);
    }

    private static String state(Answer answer) {
        return answer == null ? ItemRead.NOT_ANSWERED : answer.notKnown() ? ItemRead.NOT_KNOWN : ItemRead.ANSWERED;
    }

    private static ItemRead read(String code, Answer answer) {
        String state = state(answer);
        return switch (state) {
            case ItemRead.NOT_ANSWERED -> new ItemRead(code, state, null, null, null);
            case ItemRead.NOT_KNOWN -> new ItemRead(code, state, null, answer.source(), answer.note());
            default -> new ItemRead(code, state, answer.display(), answer.source(), answer.note());
        };
    }

    private static String explain(Status status, CriterionDef def, List<ItemRead> read) {
        StringBuilder found = new StringBuilder(switch (status) {
            case MET -> "Met: ";
            case PARTIAL -> "Partly met: ";
            case GAP -> "Not met: ";
            default -> "Not reported: ";
        });
        for (int i = 0; i < read.size(); i++) {
            ItemRead r = read.get(i);
            found.append(i == 0 ? "" : "; ").append(r.item()).append(switch (r.state()) {
                case ItemRead.ANSWERED -> " is " + r.value() + (r.source() != null ? " (documented)" : "");
                case ItemRead.NOT_KNOWN -> " is not known";
                default -> " was not answered";
            });
        }
        return found.append("; ").append(def.needs()).append('.').toString();
    }
}
