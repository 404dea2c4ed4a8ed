import { focusFallback } from '../../components/focusable.js';

/** The first Tab stop: straight to the list (or the view's content), past the toolbars. */
export function SkipLink() {
  return (
    <a
      className="skip-link"
      href="#workspace"
      data-testid="skip-link"
      onClick={(event) => {
        event.preventDefault();
        focusFallback();
      }}
    >
      Skip to the list
    </a>
  );
}
