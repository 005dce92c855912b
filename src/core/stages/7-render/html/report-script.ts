/**
 * @module report-script
 * The report's only script: a claim link opens the articles panel, shows its article, scrolls to the span
 * and highlights it. Reads nothing but the DOM; the page works without it.
 */

export const REPORT_SCRIPT = `
(function () {
  'use strict';
  var root = document.documentElement;
  root.classList.add('js');
  var lastLink = null;
  var marked = [];

  function layout(panel) {
    var left = panel.getAttribute('data-left');
    var right = panel.getAttribute('data-right');
    panel.querySelectorAll('.source-article').forEach(function (article) {
      article.classList.toggle('is-left', article.id === left);
      article.classList.toggle('is-right', article.id === right && right !== left);
    });
    panel.querySelectorAll('select[data-column]').forEach(function (select) {
      select.value = select.getAttribute('data-column') === 'left' ? left : right;
    });
  }

  function place(panel, articleId) {
    var left = panel.getAttribute('data-left');
    var right = panel.getAttribute('data-right');
    if (articleId === left || articleId === right) {
      panel.setAttribute('data-last', articleId === left ? 'left' : 'right');
      return;
    }
    var column = panel.getAttribute('data-last') === 'left' ? 'right' : 'left';
    panel.setAttribute('data-' + column, articleId);
    panel.setAttribute('data-last', column);
  }

  // While the panel covers the page, everything else is inert so Tab stays inside what is visible.
  function setInert(panel, isInert) {
    for (var node = panel; node && node !== document.body; node = node.parentElement) {
      Array.prototype.forEach.call(node.parentElement.children, function (sibling) {
        if (sibling !== node && sibling.tagName !== 'SCRIPT') sibling.inert = isInert;
      });
    }
  }

  function open(panel) {
    document.querySelectorAll('.sources.is-open').forEach(function (other) {
      if (other !== panel) close(other, false);
    });
    panel.classList.add('is-open');
    panel.setAttribute('role', 'dialog');
    root.classList.add('has-open-panel');
    setInert(panel, true);
    layout(panel);
  }

  function close(panel, shouldRefocus) {
    panel.classList.remove('is-open');
    panel.removeAttribute('role');
    root.classList.remove('has-open-panel');
    setInert(panel, false);
    if (shouldRefocus !== false && lastLink) lastLink.focus();
  }

  function highlight(id, target) {
    marked.forEach(function (element) { element.classList.remove('is-highlighted'); });
    marked = Array.prototype.slice.call(document.querySelectorAll('[data-span="' + CSS.escape(id) + '"]'));
    var sentence = target.parentElement && target.parentElement.closest('.sent');
    if (sentence && !target.classList.contains('sent')) {
      var fragments = document.querySelectorAll('[data-span="' + CSS.escape(sentence.getAttribute('data-span') || '') + '"]');
      marked = marked.concat(Array.prototype.slice.call(fragments));
    }
    marked.forEach(function (element) { element.classList.add('is-highlighted'); });
  }

  function show(id, link) {
    var target = document.getElementById(id);
    var panel = target && target.closest('.sources');
    var article = target && target.closest('.source-article');
    if (!target || !panel || !article) return false;
    lastLink = link;
    place(panel, article.id);
    open(panel);
    highlight(id, target);
    target.setAttribute('tabindex', '-1');
    target.scrollIntoView({ block: 'center' });
    target.focus({ preventScroll: true });
    return true;
  }

  document.addEventListener('click', function (event) {
    var element = event.target instanceof Element ? event.target : null;
    if (!element) return;
    var link = element.closest('a.cite-link');
    if (link) {
      var href = link.getAttribute('href') || '';
      if (href.charAt(0) === '#' && show(decodeURIComponent(href.slice(1)), link)) event.preventDefault();
      return;
    }
    var opener = element.closest('.sources-open');
    if (opener) {
      var panel = document.getElementById(opener.getAttribute('data-open') || '');
      if (panel) { lastLink = opener; open(panel); }
      return;
    }
    var closer = element.closest('.sources-close');
    if (closer) close(closer.closest('.sources'));
  });

  document.addEventListener('change', function (event) {
    var select = event.target;
    if (!(select instanceof HTMLSelectElement) || !select.hasAttribute('data-column')) return;
    var panel = select.closest('.sources');
    panel.setAttribute('data-' + select.getAttribute('data-column'), select.value);
    layout(panel);
  });

  document.addEventListener('keydown', function (event) {
    var panel = document.querySelector('.sources.is-open');
    if (event.key === 'Escape' && panel) close(panel);
  });

  document.querySelectorAll('.sources').forEach(layout);
  if (location.hash.length > 1) show(decodeURIComponent(location.hash.slice(1)), null);
})();
`;
