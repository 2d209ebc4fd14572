package jp.kyogikai.application.rule;

/**
 * Who takes a step of the workflow. The service maps the signed-in user's role onto it
 * (an operator's user is {@link #OPERATOR}, staff of the municipality and administrators
 * act as {@link #SECRETARIAT}); whether the user may reach the application at all is the
 * service's check, not this rule's.
 */
public enum ApplicationActor {

	/** 運送主体: drafts, submits, resubmits and withdraws its own applications. */
	OPERATOR,

	/** 事務局: receives, returns, puts on an agenda and records the council's decision. */
	SECRETARIAT

}
