// The report's filter form: shows it (it is hidden without script) and hides the recommendations the
// reader unticks. Inlined in a report file (ReportHtml), served from /assets/ to a browser under the
// service's Content-Security-Policy, which runs no inline script.
(function(){var f=document.getElementById("flt");if(!f||!f.querySelectorAll)return;f.removeAttribute("hidden");
var arts=[].slice.call(document.querySelectorAll("article.f")),chs=[].slice.call(document.querySelectorAll("section.chap")),out=document.getElementById("fcount");
function run(){var on={},all=true;[].forEach.call(f.querySelectorAll("input[type=checkbox]"),function(b){on[b.value]=b.checked;if(!b.checked)all=false;});
var ch=f.elements.ch.value,c=f.elements.c.value,n=0;if(ch||c)all=false;
arts.forEach(function(a){var ok=on[a.getAttribute("data-s")]&&(!ch||a.getAttribute("data-ch")===ch)&&(!c||(" "+a.getAttribute("data-c")+" ").indexOf(" "+c+" ")>=0);a.hidden=!ok;if(ok)n++;});
chs.forEach(function(s){s.hidden=!s.querySelector("article.f:not([hidden])");var d=s.querySelector("details.cl");if(d&&!all&&d.querySelector("article.f:not([hidden])"))d.open=true;});
out.textContent="Showing "+n+" of "+arts.length+" recommendations.";}
f.addEventListener("change",run);f.addEventListener("submit",function(e){e.preventDefault();});
window.addEventListener("beforeprint",function(){[].forEach.call(document.querySelectorAll("details"),function(d){d.open=true;});});run();})();
