/**
 * Feature tests for what the reader relies on, run in the page (the same code in every engine):
 * the answers ARCHITECTURE.md's "What each engine gets" table records.
 */
export type Features = Record<string, boolean>;

export function probeFeatures(): Features {
	const popover = document.createElement('div');
	const hint = (() => {
		popover.setAttribute('popover', 'hint');
		return popover.popover === 'hint';
	})();
	// showPopover({ source }) is supported exactly when the engine reads the option.
	let sourceRead = false;
	const probe = document.createElement('div');
	probe.popover = 'manual';
	document.body.append(probe);
	// TypeScript's DOM types do not know the option yet.
	const showPopover = probe.showPopover as (this: HTMLElement, options: { source?: HTMLElement }) => void;
	try {
		showPopover.call(probe, {
			get source() {
				sourceRead = true;
				return document.body;
			},
		});
		probe.hidePopover();
	} catch {
		// An engine without popovers at all.
	}
	probe.remove();
	return {
		'popover (auto, manual)': 'showPopover' in HTMLElement.prototype,
		'popover="hint"': hint,
		'showPopover({ source })': sourceRead,
		'ToggleEvent (beforetoggle)': 'ToggleEvent' in window,
		':popover-open': CSS.supports('selector(:popover-open)'),
		'interestfor (interest invokers)':
			'interestForElement' in HTMLButtonElement.prototype || 'interestForElement' in HTMLAnchorElement.prototype,
		'anchor positioning (anchor-name, position-area)': CSS.supports('anchor-name: --a') && CSS.supports('position-area: bottom'),
		'position-try-fallbacks': CSS.supports('position-try-fallbacks: flip-block'),
		'scroll timelines (animation-timeline: scroll())': CSS.supports('animation-timeline: scroll()'),
		'light-dark()': CSS.supports('color: light-dark(#000, #fff)'),
		'color-mix()': CSS.supports('color: color-mix(in srgb, #000 50%, #fff)'),
		'text-wrap: balance': CSS.supports('text-wrap: balance'),
		'cascade layers (@layer)': 'CSSLayerBlockRule' in window,
		'<dialog> showModal()': 'showModal' in HTMLDialogElement.prototype,
		'backdrop-filter': CSS.supports('backdrop-filter: blur(6px)'),
		WebAssembly: typeof WebAssembly === 'object',
		'checkVisibility()': 'checkVisibility' in Element.prototype,
	};
}
