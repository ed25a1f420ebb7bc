/*
 * Responsive embed of the Peru protest map. Include it next to the iframe:
 *   <iframe src="https://…/?embed=1" …></iframe><script src="https://…/embed.js" async></script>
 * The map posts { type: "peru-protest-map:height", height: <px> } whenever its content changes height; this
 * script gives that height to the iframe that sent it. No dependencies, no globals, plain ES5.
 */
(function () {
  'use strict';
  var TYPE = 'peru-protest-map:height';
  // Bounds keep a buggy or hostile frame from collapsing the iframe or stretching the article without end.
  var MIN_HEIGHT = 200;
  var MAX_HEIGHT = 4000;

  window.addEventListener('message', function (event) {
    var data = event.data;
    // Only our message shape: other embeds on the page post their own messages.
    if (!data || typeof data !== 'object' || data.type !== TYPE) return;
    // A message with no sender window cannot be matched to an iframe.
    if (!event.source) return;
    var height = data.height;
    // A number, not anything Number() would coerce ("900", true, [900]): the contract is a pixel count, and a
    // sender that breaks it is not ours. NaN, Infinity and zero or less would hide or break the iframe.
    if (typeof height !== 'number' || !isFinite(height) || height <= 0) return;
    // Only the iframe that sent the message is resized: the sender is matched by its window, not by a
    // selector or a URL the message could fake.
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i += 1) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(height))) + 'px';
        return;
      }
    }
  });
})();
