/**
 * A small add-on built by hand, as dist/ holds one (Code.js and its pages), for the workbench's tests of what the
 * add-on's coming features ask of it: a prompt (a persona's name), a second sidebar (ideas) and its bridge, a tab
 * activated by a menu item. It wraps its menu items as the real add-on does (src/ui/run.ts): an error is alerted.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CODE = String.raw`
function onOpen() {
  var ui = SpreadsheetApp.getUi();
  var fr = /^fr/.test(SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale());
  ui.createMenu(fr ? 'Essai' : 'Trial')
    .addItem(fr ? 'Ajouter un persona…' : 'Add a persona…', 'addPersona')
    .addItem(fr ? 'Parcourir les idées…' : 'Browse ideas…', 'showIdeasSidebar')
    .addItem(fr ? 'Deux questions' : 'Two questions', 'askTwice')
    .addToUi();
}
function asMenuItem_(work) {
  try {
    return work();
  } catch (error) {
    SpreadsheetApp.getUi().alert('Could not do it: ' + error.message);
    return { error: error.message };
  }
}
function addPersona() {
  return asMenuItem_(function () {
    var ui = SpreadsheetApp.getUi();
    var answer = ui.prompt('Persona', 'The persona’s name:', ui.ButtonSet.OK_CANCEL);
    if (answer.getSelectedButton() !== ui.Button.OK) return { cancelled: true };
    var sheet = SpreadsheetApp.getActiveSpreadsheet().insertSheet('Journey map — ' + answer.getResponseText());
    sheet.getRange(1, 1).setValue(answer.getResponseText());
    return { tab: sheet.getName() };
  });
}
function askTwice() {
  return asMenuItem_(function () {
    var ui = SpreadsheetApp.getUi();
    var first = ui.prompt('First', ui.ButtonSet.OK);
    var second = ui.prompt('Second', ui.ButtonSet.YES_NO);
    return { first: first.getResponseText(), second: second.getSelectedButton() };
  });
}
function showIdeasSidebar() {
  return asMenuItem_(function () {
    SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutputFromFile('Ideas').setTitle('Opportunity ideas'));
  });
}
function getIdeas() {
  return { ideas: [{ id: 'click-collect', title: 'Click & collect' }] };
}
function placeIdea(tab) {
  var ss = SpreadsheetApp.getActiveSpreadsheet();
  var sheet = ss.getSheetByName(tab);
  sheet.getRange(2, 2).setValue('Click & collect');
  sheet.activate();
  ss.toast('Placed on ' + tab, 'Ideas');
  return { tab: tab, cell: 'B2' };
}
`;

const IDEAS = `<!doctype html>
<html><head><meta charset="utf-8"><title>Ideas</title></head>
<body>
<ul id="ideas"></ul>
<button id="place" type="button">Place</button>
<p id="placed"></p>
<script>
google.script.run.withSuccessHandler(function (result) {
  result.ideas.forEach(function (idea) {
    var li = document.createElement('li');
    li.textContent = idea.title;
    document.getElementById('ideas').appendChild(li);
  });
}).getIdeas();
document.getElementById('place').addEventListener('click', function () {
  google.script.run.withSuccessHandler(function (placed) {
    document.getElementById('placed').textContent = 'Placed in ' + placed.tab + '!' + placed.cell;
  }).placeIdea('Sheet1');
});
</script>
</body></html>`;

/** The add-on written to a fresh directory, as the build writes dist/. */
export function handBuiltAddOn(): string {
  const dist = mkdtempSync(join(tmpdir(), 'workbench-addon-'));
  writeFileSync(join(dist, 'Code.js'), CODE);
  writeFileSync(join(dist, 'Ideas.html'), IDEAS);
  return dist;
}
