// Quick exit, the GOV.UK "Exit this page" behaviour: the button, or Shift pressed three times, blanks the page at
// once and replaces it (location.replace, so Back does not return here) with a neutral site. Without JavaScript
// the button is still a plain link to the same site. This is the only script on survivor pages.
(function () {
  'use strict';
  var button = document.getElementById('quick-exit');
  if (!button) {
    return;
  }
  var destination = button.getAttribute('href');
  var leaving = false;

  function leave(event) {
    if (event) {
      event.preventDefault();
    }
    if (leaving) {
      return;
    }
    leaving = true;
    document.title = '.';
    document.body.className += ' portal-leaving';
    window.location.replace(destination);
  }

  button.addEventListener('click', leave);

  var presses = 0;
  var timer = null;
  document.addEventListener('keyup', function (event) {
    if (event.key !== 'Shift') {
      presses = 0;
      return;
    }
    presses += 1;
    window.clearTimeout(timer);
    if (presses >= 3) {
      leave();
      return;
    }
    // Three presses must come close together, as in GOV.UK Frontend.
    timer = window.setTimeout(function () {
      presses = 0;
    }, 5000);
  });
})();
