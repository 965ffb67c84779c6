// Renders the chosen ticket and switches tickets with pushState, like a helpdesk SPA.
(() => {
  var tickets = window.DEMO_TICKETS;
  var ROLE_LABEL = { customer: 'Customer', agent: 'Agent', note: 'Internal note', system: 'System' };

  function current() {
    var id = new URLSearchParams(location.search).get('ticket');
    return tickets[id] ? id : '4821';
  }

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach((k) => {
      node.setAttribute(k, attrs[k]);
    });
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // Sent replies stay with the ticket for the session, as a helpdesk keeps them.
  function sent(id) {
    try {
      return JSON.parse(sessionStorage.getItem(`demo-sent-${id}`) || '[]');
    } catch {
      return [];
    }
  }

  function render() {
    var id = current();
    var t = tickets[id];
    document.title = `Northwind Support · #${id}`;
    document.querySelector('[data-demo="subject"]').textContent = t.subject;
    document.querySelector('[data-demo="ticket-id"]').textContent = `#${id}`;
    var requester = document.querySelector('[data-demo="requester"]');
    requester.textContent = t.requester.name;
    requester.setAttribute('data-email', t.requester.email);
    var list = document.querySelector('[data-demo="conversation"]');
    list.replaceChildren();
    t.messages.concat(sent(id)).forEach((m) => {
      var item = el('li', { 'data-demo': 'message', 'data-role': m.role, class: `message ${m.role}` });
      var head = el('div', { class: 'head' });
      head.append(
        el('span', { 'data-demo': 'author', class: 'author' }, m.author),
        el('span', { class: 'role' }, ROLE_LABEL[m.role]),
        el(
          'time',
          { datetime: m.time },
          new Date(m.time).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }),
        ),
      );
      item.append(head, el('div', { 'data-demo': 'body', class: 'body' }, m.text));
      list.append(item);
    });
    document.querySelectorAll('[data-ticket-link]').forEach((a) => {
      a.setAttribute('aria-current', a.getAttribute('data-ticket-link') === id ? 'page' : 'false');
    });
  }

  document.addEventListener('click', (e) => {
    var link = e.target.closest?.('[data-ticket-link]');
    if (!link) return;
    e.preventDefault();
    history.pushState({}, '', `?ticket=${link.getAttribute('data-ticket-link')}`);
    document.getElementById('reply').value = '';
    render();
  });
  // Send: the reply joins the conversation as the agent's, stamped with the time it was sent.
  document.querySelector('[data-demo="send"]').addEventListener('click', () => {
    var box = document.getElementById('reply');
    var text = box.value.trim();
    if (!text) return;
    var id = current();
    var list = sent(id).concat([{ role: 'agent', author: 'You', time: new Date().toISOString(), text: text }]);
    sessionStorage.setItem(`demo-sent-${id}`, JSON.stringify(list));
    box.value = '';
    render();
  });
  window.addEventListener('popstate', render);
  render();
})();
