// The example post's comment box: comments are added to the page only (nothing is sent).
(() => {
  'use strict';
  const form = document.getElementById('comment-form');
  const list = document.getElementById('comment-list');
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const name = form.elements.name.value.trim() || 'Anonymous';
    const text = form.elements.comment.value.trim();
    if (!text) return;
    const item = document.createElement('li');
    item.className = 'comment';
    const meta = document.createElement('p');
    meta.className = 'comment-meta';
    const who = document.createElement('strong');
    who.textContent = name;
    meta.append(who, ' · just now');
    const body = document.createElement('p');
    body.textContent = text;
    item.append(meta, body);
    list.append(item);
    form.elements.comment.value = '';
  });
})();
