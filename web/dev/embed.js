// Dev page: two instances on one page (dark + custom accent) next to a text field.
ExposureQuiz.mount(document.getElementById('one'), { theme: 'light' });
ExposureQuiz.mount(document.getElementById('two'), { quiz: 'messaging.en.json', theme: 'dark', accent: '#07c160' });
