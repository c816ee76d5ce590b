// Loads the converted quiz (wechat.survey.json, written by to-surveyjs.mjs) and renders it, as
// a SurveyJS page that loads its survey from a file does.
(async () => {
  const response = await fetch('wechat.survey.json');
  const survey = new Survey.Model(await response.json());
  survey.render(document.getElementById('survey'));
})();
