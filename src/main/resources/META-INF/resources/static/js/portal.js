// Starts GOV.UK Frontend on every page (error summary focus, preventing double clicks, Exit this page, …). A module,
// loaded from this service only, so the CSP needs no inline script: GOV.UK Frontend 5's inline snippet that marks the
// body is done here instead. Without JavaScript, or in a browser without modules, none of this runs and every page
// still works: the forms post, and Exit this page is a plain link to /quick-exit, which ends the session on the server
// and sends the browser on to the neutral site.
import { initAll, createAll, ExitThisPage } from '/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.js'

document.body.classList.add('js-enabled', 'govuk-frontend-supported')

// GOV.UK's Exit this page goes with location.href, which leaves this page in the history: Back, or anyone who picks
// up the device and opens the history, would bring it back. The portal's quick exit has always replaced the page
// instead, and blanked its title at once, so the tab and the task switcher show nothing while the neutral site loads.
class QuickExit extends ExitThisPage {
  exitPage () {
    document.title = '.'
    document.body.classList.add('govuk-exit-this-page-hide-content')
    if (this.$updateSpan) {
      this.$updateSpan.textContent = ''
    }
    if (!this.$overlay) {
      this.$overlay = document.createElement('div')
      this.$overlay.className = 'govuk-exit-this-page-overlay'
      this.$overlay.setAttribute('role', 'alert')
      this.$overlay.textContent = this.i18n.t('activated')
      document.body.appendChild(this.$overlay)
    }
    window.location.replace(this.$button.href)
  }
}

// A browser may keep a page in its back/forward cache and show it again on Back without asking the server, even a
// no-store page (Chrome does unless a Secure cookie changed since). Shown from there, the page asks the server again,
// so after a quick exit or a sign-out Back brings a sign-in page, not the case; its content is hidden meanwhile.
window.addEventListener('pageshow', (event) => {
  if (event.persisted) {
    document.body.classList.add('govuk-exit-this-page-hide-content')
    window.location.reload()
  }
})

// Ours first, so the element is taken when initAll comes to it; its second try is expected and not reported.
createAll(QuickExit)
initAll({
  onError (error, context) {
    if (!(error.name === 'InitError' && context.component === ExitThisPage)) {
      console.log(error)
    }
  }
})
