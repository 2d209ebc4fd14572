package jp.kyogikai.application.rule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.junit.jupiter.params.provider.Arguments.arguments;

@DisplayName("申請の状態と操作 (ApplicationWorkflow)")
class ApplicationWorkflowTests {

	/**
	 * Every (action, status) pair of a deliberated application: the status the action
	 * leads to when taken by the party in the "by" column, or "-" when the status does
	 * not allow it.
	 */
	private static final String DELIBERATION = """
			action                  | by          | DRAFT     | SUBMITTED | RETURNED  | RECEIVED  | ON_AGENDA | DECIDED | NOTIFIED | WITHDRAWN
			SUBMIT                  | OPERATOR    | SUBMITTED | -         | -         | -         | -         | -       | -        | -
			RESUBMIT                | OPERATOR    | -         | -         | SUBMITTED | -         | -         | -       | -        | -
			WITHDRAW                | OPERATOR    | WITHDRAWN | WITHDRAWN | WITHDRAWN | -         | -         | -       | -        | -
			RECEIVE                 | SECRETARIAT | -         | RECEIVED  | -         | -         | -         | -       | -        | -
			RETURN                  | SECRETARIAT | -         | RETURNED  | -         | -         | -         | -       | -        | -
			PUT_ON_AGENDA           | SECRETARIAT | -         | -         | -         | ON_AGENDA | -         | -       | -        | -
			REMOVE_FROM_AGENDA      | SECRETARIAT | -         | -         | -         | -         | RECEIVED  | -       | -        | -
			APPROVE                 | SECRETARIAT | -         | -         | -         | -         | DECIDED   | -       | -        | -
			APPROVE_WITH_CONDITIONS | SECRETARIAT | -         | -         | -         | -         | DECIDED   | -       | -        | -
			REJECT                  | SECRETARIAT | -         | -         | -         | -         | DECIDED   | -       | -        | -
			CONTINUE                | SECRETARIAT | -         | -         | -         | -         | RECEIVED  | -       | -        | -
			""";

	/**
	 * The same for a 軽微変更届出: 受付 records it, and "notice" marks the steps a notification
	 * never takes whatever its status (agenda and decisions).
	 */
	private static final String NOTIFICATION = """
			action                  | by          | DRAFT     | SUBMITTED | RETURNED  | RECEIVED  | ON_AGENDA | DECIDED | NOTIFIED | WITHDRAWN
			SUBMIT                  | OPERATOR    | SUBMITTED | -         | -         | -         | -         | -       | -        | -
			RESUBMIT                | OPERATOR    | -         | -         | SUBMITTED | -         | -         | -       | -        | -
			WITHDRAW                | OPERATOR    | WITHDRAWN | WITHDRAWN | WITHDRAWN | -         | -         | -       | -        | -
			RECEIVE                 | SECRETARIAT | -         | NOTIFIED  | -         | -         | -         | -       | -        | -
			RETURN                  | SECRETARIAT | -         | RETURNED  | -         | -         | -         | -       | -        | -
			PUT_ON_AGENDA           | SECRETARIAT | notice    | notice    | notice    | notice    | notice    | notice  | notice   | notice
			REMOVE_FROM_AGENDA      | SECRETARIAT | notice    | notice    | notice    | notice    | notice    | notice  | notice   | notice
			APPROVE                 | SECRETARIAT | notice    | notice    | notice    | notice    | notice    | notice  | notice   | notice
			APPROVE_WITH_CONDITIONS | SECRETARIAT | notice    | notice    | notice    | notice    | notice    | notice  | notice   | notice
			REJECT                  | SECRETARIAT | notice    | notice    | notice    | notice    | notice    | notice  | notice   | notice
			CONTINUE                | SECRETARIAT | notice    | notice    | notice    | notice    | notice    | notice  | notice   | notice
			""";

	static Stream<Arguments> everyStatusAndAction() {
		return Stream.concat(pairs(Procedure.DELIBERATION, DELIBERATION), pairs(Procedure.NOTIFICATION, NOTIFICATION));
	}

	private static Stream<Arguments> pairs(Procedure procedure, String table) {
		List<String[]> lines = table.lines()
			.map((line) -> Arrays.stream(line.split("\\|")).map(String::strip).toArray(String[]::new))
			.toList();
		List<ApplicationStatus> statuses = Arrays.stream(lines.get(0)).skip(2).map(ApplicationStatus::valueOf).toList();
		List<Arguments> pairs = new ArrayList<>();
		for (String[] row : lines.subList(1, lines.size())) {
			ApplicationAction action = ApplicationAction.valueOf(row[0]);
			ApplicationActor by = ApplicationActor.valueOf(row[1]);
			for (int i = 0; i < statuses.size(); i++) {
				pairs.add(arguments(procedure, statuses.get(i), action, by, row[i + 2]));
			}
		}
		return pairs.stream();
	}

	@ParameterizedTest
	@EnumSource(Procedure.class)
	@DisplayName("表はすべての状態とすべての操作を網羅している")
	void theTablesCoverEveryStatusAndEveryAction(Procedure procedure) {
		List<Arguments> pairs = everyStatusAndAction().filter((a) -> a.get()[0] == procedure).toList();
		assertThat(pairs).hasSize(ApplicationStatus.values().length * ApplicationAction.values().length);
		assertThat(pairs.stream().map((a) -> a.get()[1] + " " + a.get()[2]).collect(Collectors.toSet()))
			.hasSize(pairs.size());
	}

	@ParameterizedTest(name = "{0}: {1} に {2}（{3}） → {4}")
	@MethodSource("everyStatusAndAction")
	@DisplayName("状態と操作のすべての組合せ: 許された操作だけが次の状態に進み、ほかはすべて理由の分かる例外になる")
	void everyPairEitherMovesOrIsRejected(Procedure procedure, ApplicationStatus from, ApplicationAction action,
			ApplicationActor by, String expected) {
		ApplicationWorkflow workflow = ApplicationWorkflow.of(procedure);
		ApplicationActor other = (by == ApplicationActor.OPERATOR) ? ApplicationActor.SECRETARIAT
				: ApplicationActor.OPERATOR;
		assertThat(action.actor()).as("the party who takes " + action).isEqualTo(by);
		switch (expected) {
			case "-" -> {
				assertRejected(workflow, from, action, by, IllegalTransitionException.NOT_ALLOWED);
				assertRejected(workflow, from, action, other, IllegalTransitionException.NOT_ALLOWED);
				assertThat(workflow.allows(from, action, by)).isFalse();
			}
			case "notice" -> {
				assertRejected(workflow, from, action, by, IllegalTransitionException.NOTIFICATION_NOT_DELIBERATED);
				assertRejected(workflow, from, action, other, IllegalTransitionException.NOTIFICATION_NOT_DELIBERATED);
				assertThat(workflow.allows(from, action, by)).isFalse();
			}
			default -> {
				ApplicationStatus to = ApplicationStatus.valueOf(expected);
				assertThat(workflow.next(from, action, by)).isEqualTo(to);
				assertThat(workflow.transition(from, action, by)).isEqualTo(new Transition(from, action, to));
				assertThat(workflow.allows(from, action, by)).isTrue();
				assertThat(workflow.allowedActions(from, by)).contains(action);
				assertRejected(workflow, from, action, other, IllegalTransitionException.WRONG_ACTOR);
			}
		}
		assertThat(workflow.allows(from, action, other)).isFalse();
		assertThat(workflow.allowedActions(from, other)).doesNotContain(action);
	}

	private static void assertRejected(ApplicationWorkflow workflow, ApplicationStatus from, ApplicationAction action,
			ApplicationActor actor, String code) {
		assertThatExceptionOfType(IllegalTransitionException.class).isThrownBy(() -> workflow.next(from, action, actor))
			.satisfies((e) -> {
				assertThat(e.code()).isEqualTo(code);
				assertThat(e.procedure()).isEqualTo(workflow.procedure());
				assertThat(e.from()).isEqualTo(from);
				assertThat(e.action()).isEqualTo(action);
				assertThat(e.actor()).isEqualTo(actor);
				assertThat(e.arguments()).containsExactly(from, action, action.actor());
			});
	}

	@ParameterizedTest(name = "{0}: {1} で{2}ができる操作 → [{3}]")
	@CsvSource(textBlock = """
			DELIBERATION, DRAFT,     OPERATOR,    SUBMIT WITHDRAW
			DELIBERATION, DRAFT,     SECRETARIAT, ''
			DELIBERATION, SUBMITTED, OPERATOR,    WITHDRAW
			DELIBERATION, SUBMITTED, SECRETARIAT, RECEIVE RETURN
			DELIBERATION, RETURNED,  OPERATOR,    RESUBMIT WITHDRAW
			DELIBERATION, RETURNED,  SECRETARIAT, ''
			DELIBERATION, RECEIVED,  OPERATOR,    ''
			DELIBERATION, RECEIVED,  SECRETARIAT, PUT_ON_AGENDA
			DELIBERATION, ON_AGENDA, OPERATOR,    ''
			DELIBERATION, ON_AGENDA, SECRETARIAT, REMOVE_FROM_AGENDA APPROVE APPROVE_WITH_CONDITIONS REJECT CONTINUE
			DELIBERATION, DECIDED,   SECRETARIAT, ''
			DELIBERATION, WITHDRAWN, OPERATOR,    ''
			NOTIFICATION, SUBMITTED, SECRETARIAT, RECEIVE RETURN
			NOTIFICATION, NOTIFIED,  SECRETARIAT, ''
			NOTIFICATION, NOTIFIED,  OPERATOR,    ''
			""")
	@DisplayName("画面に出すボタン: 状態と利用者ごとにできる操作")
	void listsTheActionsEachPartyMayTake(Procedure procedure, ApplicationStatus from, ApplicationActor actor,
			String actions) {
		Set<ApplicationAction> expected = EnumSet.noneOf(ApplicationAction.class);
		Arrays.stream(actions.split(" "))
			.filter((a) -> !a.isBlank())
			.map(ApplicationAction::valueOf)
			.forEach(expected::add);
		assertThat(ApplicationWorkflow.of(procedure).allowedActions(from, actor)).isEqualTo(expected);
	}

	@Test
	@DisplayName("下書きから差戻し・再提出・継続審議を経て承認まで")
	void followsAnApplicationFromDraftToApproval() {
		ApplicationWorkflow workflow = ApplicationWorkflow.of(Procedure.DELIBERATION);
		ApplicationStatus status = ApplicationStatus.DRAFT;
		status = workflow.next(status, ApplicationAction.SUBMIT, ApplicationActor.OPERATOR);
		status = workflow.next(status, ApplicationAction.RETURN, ApplicationActor.SECRETARIAT);
		assertThat(status).isEqualTo(ApplicationStatus.RETURNED);
		assertThat(status.editableByOperator()).isTrue();
		status = workflow.next(status, ApplicationAction.RESUBMIT, ApplicationActor.OPERATOR);
		assertThat(status).isEqualTo(ApplicationStatus.SUBMITTED);
		assertThat(status.editableByOperator()).isFalse();
		status = workflow.next(status, ApplicationAction.RECEIVE, ApplicationActor.SECRETARIAT);
		status = workflow.next(status, ApplicationAction.PUT_ON_AGENDA, ApplicationActor.SECRETARIAT);
		status = workflow.decide(status, DecisionOutcome.CONTINUED, ApplicationActor.SECRETARIAT);
		assertThat(status).isEqualTo(ApplicationStatus.RECEIVED);
		status = workflow.next(status, ApplicationAction.PUT_ON_AGENDA, ApplicationActor.SECRETARIAT);
		status = workflow.decide(status, DecisionOutcome.APPROVED, ApplicationActor.SECRETARIAT);
		assertThat(status).isEqualTo(ApplicationStatus.DECIDED);
		assertThat(status.isFinal()).isTrue();
		assertThat(workflow.allowedActions(status, ApplicationActor.SECRETARIAT)).isEmpty();
	}

	@Test
	@DisplayName("軽微変更届出は受付で届出受理となり、議題には載せられない")
	void aNotificationIsRecordedAndNeverPutOnAnAgenda() {
		ApplicationWorkflow workflow = ApplicationWorkflow
			.of(ApplicationType.CHANGE.procedure(ChangeClassification.of(Set.of(ChangeItem.NAME, ChangeItem.OFFICE))));
		assertThat(workflow.procedure()).isEqualTo(Procedure.NOTIFICATION);
		ApplicationStatus status = workflow.next(ApplicationStatus.DRAFT, ApplicationAction.SUBMIT,
				ApplicationActor.OPERATOR);
		status = workflow.next(status, ApplicationAction.RECEIVE, ApplicationActor.SECRETARIAT);
		assertThat(status).isEqualTo(ApplicationStatus.NOTIFIED);
		ApplicationStatus notified = status;
		assertThatExceptionOfType(IllegalTransitionException.class)
			.isThrownBy(() -> workflow.next(notified, ApplicationAction.PUT_ON_AGENDA, ApplicationActor.SECRETARIAT))
			.withMessageContaining(IllegalTransitionException.NOTIFICATION_NOT_DELIBERATED);
		assertThat(workflow.transitions()).noneMatch((t) -> t.action().concernsTheCouncil());
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(textBlock = """
			APPROVED,                 DECIDED
			APPROVED_WITH_CONDITIONS, DECIDED
			REJECTED,                 DECIDED
			CONTINUED,                RECEIVED
			""")
	@DisplayName("協議結果の記録: 承認・条件付き承認・否決で協議済み、継続審議で受付済みに戻る")
	void recordsTheCouncilsDecision(DecisionOutcome outcome, ApplicationStatus to) {
		ApplicationWorkflow workflow = ApplicationWorkflow.of(Procedure.DELIBERATION);
		assertThat(workflow.decide(ApplicationStatus.ON_AGENDA, outcome, ApplicationActor.SECRETARIAT)).isEqualTo(to);
		assertThat(outcome.action().outcome()).contains(outcome);
		assertThat(outcome.isFinal()).isEqualTo(to == ApplicationStatus.DECIDED);
		assertThatExceptionOfType(IllegalTransitionException.class)
			.isThrownBy(() -> workflow.decide(ApplicationStatus.RECEIVED, outcome, ApplicationActor.SECRETARIAT))
			.satisfies((e) -> assertThat(e.code()).isEqualTo(IllegalTransitionException.NOT_ALLOWED));
		assertThatExceptionOfType(IllegalTransitionException.class)
			.isThrownBy(() -> workflow.decide(ApplicationStatus.ON_AGENDA, outcome, ApplicationActor.OPERATOR))
			.satisfies((e) -> assertThat(e.code()).isEqualTo(IllegalTransitionException.WRONG_ACTOR));
	}

	@ParameterizedTest(name = "{0}: 協議が調った={1}")
	@CsvSource(textBlock = """
			APPROVED,                 true
			APPROVED_WITH_CONDITIONS, true
			REJECTED,                 false
			CONTINUED,                false
			""")
	@DisplayName("承認と条件付き承認は協議が調ったもの")
	void approvalsAreAgreements(DecisionOutcome outcome, boolean agreed) {
		assertThat(outcome.isAgreed()).isEqualTo(agreed);
	}

	@ParameterizedTest(name = "{0}: 運送主体が編集できる={1}、終了={2}")
	@CsvSource(textBlock = """
			DRAFT,     true,  false
			SUBMITTED, false, false
			RETURNED,  true,  false
			RECEIVED,  false, false
			ON_AGENDA, false, false
			DECIDED,   false, true
			NOTIFIED,  false, true
			WITHDRAWN, false, true
			""")
	@DisplayName("運送主体が内容を直せるのは下書きと差戻し、協議済み・届出受理・取下げで終わり")
	void saysWhoMayEditAndWhatIsFinal(ApplicationStatus status, boolean editable, boolean terminal) {
		assertThat(status.editableByOperator()).isEqualTo(editable);
		assertThat(status.isFinal()).isEqualTo(terminal);
	}

	@ParameterizedTest
	@EnumSource(Procedure.class)
	@DisplayName("終わった申請からはどの操作もできず、途中の申請には次の操作がある")
	void onlyFinalStatusesHaveNoWayOut(Procedure procedure) {
		ApplicationWorkflow workflow = ApplicationWorkflow.of(procedure);
		for (ApplicationStatus status : ApplicationStatus.values()) {
			boolean anyAction = workflow.transitions().stream().anyMatch((t) -> t.from() == status);
			assertThat(anyAction).as(status.name()).isEqualTo(!status.isFinal() && reachable(procedure, status));
		}
	}

	private static boolean reachable(Procedure procedure, ApplicationStatus status) {
		return procedure == Procedure.DELIBERATION
				|| EnumSet.of(ApplicationStatus.DRAFT, ApplicationStatus.SUBMITTED, ApplicationStatus.RETURNED)
					.contains(status);
	}

	@Test
	@DisplayName("例外は状態・操作・利用者をメッセージに含む")
	void theExceptionSaysWhatWasTried() {
		assertThatExceptionOfType(IllegalTransitionException.class)
			.isThrownBy(() -> ApplicationWorkflow.of(Procedure.DELIBERATION)
				.next(ApplicationStatus.DECIDED, ApplicationAction.SUBMIT, ApplicationActor.OPERATOR))
			.withMessageContaining("application.workflow.notAllowed")
			.withMessageContaining("DECIDED")
			.withMessageContaining("SUBMIT")
			.withMessageContaining("OPERATOR");
	}

	@Test
	@DisplayName("状態・操作・利用者は省略できない")
	void requiresEveryPart() {
		ApplicationWorkflow workflow = ApplicationWorkflow.of(Procedure.DELIBERATION);
		assertThatNullPointerException().isThrownBy(() -> ApplicationWorkflow.of(null));
		assertThatNullPointerException()
			.isThrownBy(() -> workflow.next(null, ApplicationAction.SUBMIT, ApplicationActor.OPERATOR));
		assertThatNullPointerException()
			.isThrownBy(() -> workflow.next(ApplicationStatus.DRAFT, null, ApplicationActor.OPERATOR));
		assertThatNullPointerException()
			.isThrownBy(() -> workflow.next(ApplicationStatus.DRAFT, ApplicationAction.SUBMIT, null));
	}

}
